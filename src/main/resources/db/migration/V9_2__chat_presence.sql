-- When the citizen's client was last heard from (a request, a STOMP frame or heartbeat): a queued
-- chat whose citizen left without ending it (tab closed, phone locked) is counted as abandoned.
ALTER TABLE chat.chat ADD COLUMN citizen_seen_at timestamptz NOT NULL DEFAULT now();
