-- The crosswalk from external taxonomies (AIRS/211, Open Eligibility…) to Repère's categories: a term
-- of an external taxonomy maps to one or more Repère codes; taxonomy_term.repere_code keeps the main
-- one. Seeded at startup from classpath:taxonomy/crosswalk-*.csv.
CREATE TABLE directory.taxonomy_crosswalk (
  taxonomy_term_id uuid NOT NULL REFERENCES directory.taxonomy_term (id) ON DELETE CASCADE,
  repere_code text NOT NULL,
  position integer NOT NULL DEFAULT 0,
  PRIMARY KEY (taxonomy_term_id, repere_code)
);
CREATE INDEX taxonomy_crosswalk_code ON directory.taxonomy_crosswalk (repere_code);
