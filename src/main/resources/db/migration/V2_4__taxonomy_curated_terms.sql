-- Curators edit Repère's taxonomy from the application. A term they added, renamed, moved or retired
-- is "curated": the seeding from classpath:taxonomy/ at startup leaves it alone from then on. A
-- retired term is no longer offered for new records; the records that carry it keep it.
ALTER TABLE directory.taxonomy_term
  ADD COLUMN curated_at timestamptz,
  ADD COLUMN retired_at timestamptz;
