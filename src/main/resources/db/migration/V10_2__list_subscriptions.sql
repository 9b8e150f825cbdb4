-- People who asked to be told by e-mail when a service on a list changes or is withdrawn.
-- Double opt-in: nothing is sent but the confirmation until confirmed_at is set. Only the hash of
-- the confirmation token is kept; the unsubscribe token is kept as is (every notice carries it,
-- and it can do nothing but unsubscribe).
CREATE TABLE lists.subscription (
  id                 uuid PRIMARY KEY,
  list_id            uuid NOT NULL REFERENCES lists.resource_list (id) ON DELETE CASCADE,
  email              text NOT NULL CHECK (length(email) BETWEEN 3 AND 254),
  lang               text NOT NULL CHECK (lang IN ('fr', 'en')),
  base_url           text NOT NULL,
  confirm_token_hash text NOT NULL UNIQUE,
  unsubscribe_token  text NOT NULL UNIQUE,
  confirmed_at       timestamptz,
  created_at         timestamptz NOT NULL DEFAULT now(),
  UNIQUE (list_id, email)
);

-- What subscribers last saw of each service of a list (public text in both languages): a notice
-- says what differs from it.
CREATE TABLE lists.watched_service (
  list_id    uuid NOT NULL REFERENCES lists.resource_list (id) ON DELETE CASCADE,
  service_id uuid NOT NULL,
  summary    jsonb NOT NULL,
  PRIMARY KEY (list_id, service_id)
);
CREATE INDEX watched_service_service ON lists.watched_service (service_id);

-- How far the notices job has read the directory's change log (one row).
CREATE TABLE lists.change_cursor (
  id       boolean PRIMARY KEY DEFAULT true CHECK (id),
  last_seq bigint NOT NULL
);
INSERT INTO lists.change_cursor (last_seq) VALUES (0);
