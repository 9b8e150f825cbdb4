-- What the public reports from the website: organizations missing from the directory, and errors in
-- a service's page. Kept as received (nothing a person submits is lost); curators work from here.
CREATE SCHEMA IF NOT EXISTS site;

CREATE TABLE site.missing_organization_report (
  id                uuid PRIMARY KEY,
  organization_name text NOT NULL CHECK (length(organization_name) BETWEEN 1 AND 300),
  municipality      text,
  website           text,
  phone             text,
  description       text NOT NULL CHECK (length(description) BETWEEN 1 AND 4000),
  reporter_email    text,
  lang              text NOT NULL CHECK (lang IN ('fr', 'en')),
  status            text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'handled', 'rejected')),
  received_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX missing_organization_report_new ON site.missing_organization_report (received_at)
  WHERE status = 'new';

CREATE TABLE site.error_report (
  id             uuid PRIMARY KEY,
  service_id     uuid NOT NULL,
  what_is_wrong  text NOT NULL CHECK (length(what_is_wrong) BETWEEN 1 AND 4000),
  reporter_email text,
  lang           text NOT NULL CHECK (lang IN ('fr', 'en')),
  status         text NOT NULL DEFAULT 'new' CHECK (status IN ('new', 'handled', 'rejected')),
  received_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX error_report_service ON site.error_report (service_id);
