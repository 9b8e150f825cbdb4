-- Storing a message in one round trip instead of seven (lock, resend check, flood count, sequence,
-- insert, NOTIFY, re-read). Statements inside a plpgsql function each take a fresh snapshot, so the
-- checks after the row lock see every message committed before it, as they did from Java.
--
-- The NOTIFY carries the message itself ("M:" and JSON) when it fits in a notification (8,000
-- bytes), so that no node reads it back; a longer one is announced by its id ("m:chat:seq").
--
-- result: 'stored', 'resent' (the same client_id was already stored: that message is returned),
-- 'unknown' (no such chat), 'not-yours' (a specialist writing in a chat not theirs), 'ended',
-- 'flood' (p_flood_max messages from this side within p_flood_secs). Only 'stored' changes
-- anything. p_flood_max null: no flood check (service events, shared cards).
CREATE FUNCTION chat.append_message(
    p_chat uuid, p_sender text, p_kind text, p_author uuid, p_author_name text, p_body text,
    p_service uuid, p_client text, p_flood_max integer, p_flood_secs double precision,
    p_danger boolean)
  RETURNS TABLE (result text, message_seq bigint, message_at timestamptz)
  LANGUAGE plpgsql AS $$
DECLARE
  c chat.chat%ROWTYPE;
  payload text;
BEGIN
  SELECT * INTO c FROM chat.chat WHERE id = p_chat FOR UPDATE;
  IF NOT FOUND THEN
    RETURN QUERY SELECT 'unknown'::text, NULL::bigint, NULL::timestamptz;
    RETURN;
  END IF;
  IF p_sender = 'specialist' AND c.specialist_id IS DISTINCT FROM p_author THEN
    RETURN QUERY SELECT 'not-yours'::text, NULL::bigint, NULL::timestamptz;
    RETURN;
  END IF;
  IF p_client IS NOT NULL AND p_client <> '' THEN
    RETURN QUERY SELECT 'resent'::text, m.seq, m.created_at FROM chat.message m
      WHERE m.chat_id = p_chat AND m.client_id = p_client;
    IF FOUND THEN
      RETURN;
    END IF;
  END IF;
  IF c.status = 'ended' AND p_kind = 'text' THEN
    RETURN QUERY SELECT 'ended'::text, NULL::bigint, NULL::timestamptz;
    RETURN;
  END IF;
  IF p_flood_max IS NOT NULL AND (SELECT count(*) FROM chat.message m
      WHERE m.chat_id = p_chat AND m.sender = p_sender
        AND m.created_at > clock_timestamp() - make_interval(secs => p_flood_secs)) >= p_flood_max
  THEN
    RETURN QUERY SELECT 'flood'::text, NULL::bigint, NULL::timestamptz;
    RETURN;
  END IF;

  UPDATE chat.chat SET last_seq = last_seq + 1, crisis = crisis OR p_danger
    WHERE id = p_chat RETURNING last_seq INTO message_seq;
  INSERT INTO chat.message (chat_id, seq, sender, kind, author_id, author_name, body, service_id,
      client_id)
    VALUES (p_chat, message_seq, p_sender, p_kind, p_author, p_author_name, p_body, p_service,
      NULLIF(p_client, ''))
    RETURNING created_at INTO message_at;

  payload := 'M:' || json_build_object(
      'c', p_chat, 's', message_seq, 'f', p_sender, 'k', p_kind, 'a', p_author_name, 'b', p_body,
      'v', p_service, 'i', NULLIF(p_client, ''),
      't', (extract(epoch FROM message_at) * 1000000)::bigint)::text;
  IF octet_length(payload) >= 8000 THEN
    payload := 'm:' || p_chat || ':' || message_seq;
  END IF;
  PERFORM pg_notify('chat_events', payload);
  IF p_danger AND NOT c.crisis THEN
    PERFORM pg_notify('chat_events', 's:' || p_chat);
  END IF;
  result := 'stored';
  RETURN NEXT;
END
$$;
