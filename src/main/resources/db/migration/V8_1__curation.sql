-- Curation: what organizations propose and curators decide. Records of the directory are referred to
-- by id only (no foreign key into another module's schema); the directory applies approved changes.
CREATE SCHEMA IF NOT EXISTS curation;

-- A proposed change to a service, or a new service or time-limited project, waiting for a curator.
-- The published version stays public until the revision is approved.
CREATE TABLE curation.revision (
  id              uuid PRIMARY KEY,
  organization_id uuid NOT NULL,
  service_id      uuid NOT NULL,
  is_new          boolean NOT NULL,
  base_version    integer,
  draft           jsonb NOT NULL,
  status          text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  submitted_by    text NOT NULL,
  submitter_lang  text NOT NULL CHECK (submitter_lang IN ('fr', 'en')),
  submitted_at    timestamptz NOT NULL DEFAULT now(),
  reviewed_by     text,
  reviewed_at     timestamptz,
  review_comment  text CHECK (length(review_comment) <= 4000)
);
CREATE INDEX revision_pending ON curation.revision (submitted_at) WHERE status = 'pending';
CREATE INDEX revision_organization ON curation.revision (organization_id, submitted_at);
CREATE INDEX revision_service ON curation.revision (service_id);

-- A representative asks to edit an existing organization, or registers a new one.
CREATE TABLE curation.access_request (
  id               uuid PRIMARY KEY,
  organization_id  uuid,            -- an existing organization; null: register a new one
  organization_name text NOT NULL CHECK (length(organization_name) BETWEEN 1 AND 300),
  description      text CHECK (length(description) <= 4000),
  address          text,
  city             text,
  postal_code      text,
  website          text,
  requester_name   text NOT NULL CHECK (length(requester_name) BETWEEN 1 AND 200),
  requester_email  text NOT NULL CHECK (length(requester_email) BETWEEN 3 AND 320),
  requester_role   text,
  lang             text NOT NULL CHECK (lang IN ('fr', 'en')),
  status           text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'approved', 'rejected')),
  received_at      timestamptz NOT NULL DEFAULT now(),
  decided_by       text,
  decided_at       timestamptz,
  granted_organization_id uuid
);
CREATE INDEX access_request_pending ON curation.access_request (received_at) WHERE status = 'pending';
