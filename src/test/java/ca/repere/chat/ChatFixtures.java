package ca.repere.chat;

import ca.repere.chat.conversation.ChatHours;
import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.Specialist;
import ca.repere.chat.conversation.Specialists;
import ca.repere.shared.Lang;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A clean chat floor for each test: every open chat of earlier tests ended, nobody available, chat
 * open around the clock (holidays included), and specialists on demand.
 */
public class ChatFixtures {

  private final JdbcClient jdbc;
  private final Specialists specialists;
  private final ChatHours hours;
  private final Chats chats;

  public ChatFixtures(JdbcClient jdbc, Specialists specialists, ChatHours hours, Chats chats) {
    this.jdbc = jdbc;
    this.specialists = specialists;
    this.hours = hours;
    this.chats = chats;
  }

  /** Ends what earlier tests left open and opens the chat around the clock. */
  public ChatFixtures cleanFloor() {
    jdbc.sql("update chat.chat set status = 'ended', ended_at = now() where status <> 'ended'")
        .update();
    jdbc.sql("update chat.specialist set available = false").update();
    hours.replace("MON-SUN 00:00-24:00", false);
    return this;
  }

  /** An available specialist (a random id, no account needed by the chat module). */
  public Specialist specialist(String name, List<String> languages, List<String> regions) {
    UUID id = UUID.randomUUID();
    specialists.enrol(id, name, false);
    return specialists.update(id, true, 3, languages, regions);
  }

  public Specialist specialist(String name) {
    return specialist(name, List.of("fr", "en"), List.of());
  }

  public Chats.Started citizen(Lang language, String place) {
    return chats.start(language, place);
  }
}
