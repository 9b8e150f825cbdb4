-- Clavardage. A chat is anonymous: the citizen holds a random token (only its SHA-256 is kept).
-- Every message gets the next per-chat sequence number in the transaction that stores it, and a
-- NOTIFY on channel chat_events (delivered at commit) wakes every node that has someone connected.
CREATE SCHEMA IF NOT EXISTS chat;

CREATE TABLE chat.chat (
  id                 uuid PRIMARY KEY,
  token_hash         text NOT NULL,
  language           text NOT NULL CHECK (language IN ('fr', 'en')),
  place_name         text,
  municipality_code  text,
  mrc_code           text,
  region_code        text,
  status             text NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'active', 'ended')),
  outcome            text CHECK (outcome IN ('answered', 'abandoned')),
  specialist_id      uuid,
  queued_at          timestamptz NOT NULL DEFAULT now(),
  answered_at        timestamptz,
  ended_at           timestamptz,
  last_seq           bigint NOT NULL DEFAULT 0,
  citizen_received   bigint NOT NULL DEFAULT 0,
  staff_received     bigint NOT NULL DEFAULT 0,
  crisis             boolean NOT NULL DEFAULT false
);
CREATE INDEX chat_queue ON chat.chat (queued_at) WHERE status = 'queued';
CREATE INDEX chat_active ON chat.chat (specialist_id) WHERE status = 'active';
CREATE INDEX chat_ended ON chat.chat (ended_at) WHERE status = 'ended';

CREATE TABLE chat.message (
  chat_id     uuid NOT NULL REFERENCES chat.chat (id) ON DELETE CASCADE,
  seq         bigint NOT NULL,
  sender      text NOT NULL CHECK (sender IN ('citizen', 'specialist', 'system')),
  kind        text NOT NULL CHECK (kind IN ('text', 'card', 'event')),
  author_id   uuid,
  author_name text,
  body        text NOT NULL,
  service_id  uuid,
  client_id   text,
  created_at  timestamptz NOT NULL DEFAULT clock_timestamp(),
  PRIMARY KEY (chat_id, seq)
);
-- a client resending after a lost acknowledgement gets the message it already stored
CREATE UNIQUE INDEX message_client_id ON chat.message (chat_id, client_id) WHERE client_id IS NOT NULL;

-- private notes between specialists (never shown to the citizen, kept with the transcript)
CREATE TABLE chat.note (
  id         uuid PRIMARY KEY,
  chat_id    uuid NOT NULL REFERENCES chat.chat (id) ON DELETE CASCADE,
  author_id  uuid NOT NULL,
  author_name text NOT NULL,
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  created_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX note_chat ON chat.note (chat_id);

-- who answers chats: availability, concurrent-chat limit, languages and regions served
CREATE TABLE chat.specialist (
  user_id      uuid PRIMARY KEY,
  display_name text NOT NULL,
  supervisor   boolean NOT NULL DEFAULT false,
  available    boolean NOT NULL DEFAULT false,
  max_chats    integer NOT NULL DEFAULT 3 CHECK (max_chats BETWEEN 1 AND 20),
  languages    text[] NOT NULL DEFAULT ARRAY['fr', 'en'],
  -- region codes served; empty: every region
  regions      text[] NOT NULL DEFAULT ARRAY[]::text[],
  updated_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE chat.canned_reply (
  id         uuid PRIMARY KEY,
  language   text NOT NULL CHECK (language IN ('fr', 'en')),
  title      text NOT NULL CHECK (length(title) BETWEEN 1 AND 100),
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  updated_by uuid,
  updated_at timestamptz NOT NULL DEFAULT now()
);

-- messages left outside opening hours; reply_to is optional (e-mail or phone)
CREATE TABLE chat.offline_message (
  id         uuid PRIMARY KEY,
  language   text NOT NULL CHECK (language IN ('fr', 'en')),
  place_name text,
  municipality_code text,
  body       text NOT NULL CHECK (length(body) BETWEEN 1 AND 4000),
  reply_to   text CHECK (length(reply_to) <= 200),
  created_at timestamptz NOT NULL DEFAULT now(),
  handled_at timestamptz
);

-- settings supervisors change at run time (opening hours)
CREATE TABLE chat.setting (
  name  text PRIMARY KEY,
  value text NOT NULL
);

INSERT INTO chat.canned_reply (id, language, title, body) VALUES
  ('6a0c3f5e-0a41-4c6e-9d59-000000000001', 'fr', 'Accueil', 'Bonjour, je suis là pour vous aider. Comment puis-je vous aider aujourd''hui?'),
  ('6a0c3f5e-0a41-4c6e-9d59-000000000002', 'en', 'Welcome', 'Hello, I am here to help you. How can I help you today?'),
  ('6a0c3f5e-0a41-4c6e-9d59-000000000003', 'fr', 'Un instant', 'Merci de patienter un instant, je cherche des ressources près de chez vous.'),
  ('6a0c3f5e-0a41-4c6e-9d59-000000000004', 'en', 'One moment', 'Please wait a moment while I look for resources near you.');
