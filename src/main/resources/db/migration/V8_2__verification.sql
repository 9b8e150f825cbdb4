-- Annual verification: a request e-mailed to an organization's private contact, with a secure
-- one-time link (only the token's hash is kept). Reminders rotate the token: the latest link works.
CREATE TABLE curation.verification_request (
  id              uuid PRIMARY KEY,
  token_hash      text NOT NULL UNIQUE,
  organization_id uuid NOT NULL,
  sent_to         text NOT NULL,
  lang            text NOT NULL CHECK (lang IN ('fr', 'en')),
  requested_by    text NOT NULL,
  sent_at         timestamptz NOT NULL DEFAULT now(),
  last_sent_at    timestamptz NOT NULL DEFAULT now(),
  reminders_sent  integer NOT NULL DEFAULT 0,
  expires_at      timestamptz NOT NULL,
  confirmed_at    timestamptz
);
CREATE INDEX verification_request_open ON curation.verification_request (last_sent_at)
  WHERE confirmed_at IS NULL;
CREATE INDEX verification_request_organization ON curation.verification_request (organization_id);
