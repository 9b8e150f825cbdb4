-- HSDS files an administrator uploaded for an import: kept between the dry run and the confirmation
-- (in the database, so that any node can confirm), deleted once imported or after a day.
CREATE TABLE curation.import_upload (
  id           uuid NOT NULL,
  file_name    text NOT NULL CHECK (file_name ~ '^[A-Za-z0-9._ -]{1,200}$'),
  content      bytea NOT NULL,
  uploaded_by  text NOT NULL,
  uploaded_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (id, file_name)
);
