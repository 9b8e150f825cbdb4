-- The public report forms' limit per address, shared by every node: one row per accepted report, kept
-- only for the limit's period. The address is stored as a SHA-256 hash, never in clear.
CREATE TABLE site.report_attempt (
  address_hash text NOT NULL,
  sent_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX report_attempt_address ON site.report_attempt (address_hash, sent_at);
CREATE INDEX report_attempt_sent_at ON site.report_attempt (sent_at);
