-- Synonyms curators add from the application: a phrase people type and the taxonomy codes it stands
-- for. Search reads them into its concept dictionary; dictionary_version tells every node to reload.
CREATE TABLE curation.synonym (
  id        uuid PRIMARY KEY,
  phrase    text NOT NULL CHECK (length(phrase) BETWEEN 1 AND 100),
  codes     text[] NOT NULL CHECK (cardinality(codes) >= 1),
  added_by  text NOT NULL,
  added_at  timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX synonym_phrase ON curation.synonym (lower(phrase));

CREATE TABLE curation.dictionary_version (
  only_row boolean PRIMARY KEY DEFAULT true CHECK (only_row),
  version  bigint NOT NULL
);
INSERT INTO curation.dictionary_version VALUES (true, 0);
