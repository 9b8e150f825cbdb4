package ca.repere.chat.conversation;

import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Tells every node that something happened, through PostgreSQL {@code NOTIFY} on {@link #CHANNEL}:
 * sent inside the caller's transaction, so it is delivered at commit and never for a rolled-back
 * change. Payloads: "M:{json}" (a message, carried whole: see {@code chat.append_message}),
 * "m:chat:seq" (a message too long to carry), "s:chat" (the chat's state), "t:chat:side" (typing),
 * "q" (the queue).
 */
@Component
public class ChatEvents {

  public static final String CHANNEL = "chat_events";

  private final JdbcClient jdbc;

  ChatEvents(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void state(UUID chat) {
    send("s:" + chat);
  }

  void queue() {
    send("q");
  }

  /** Typing is never stored: only the other side's screen needs it, for a few seconds. */
  public void typing(UUID chat, Sender side) {
    send("t:" + chat + ":" + side.code());
  }

  private void send(String payload) {
    jdbc.sql("select pg_notify(:channel, :payload)")
        .param("channel", CHANNEL)
        .param("payload", payload)
        .query(Object.class)
        .optional();
  }
}
