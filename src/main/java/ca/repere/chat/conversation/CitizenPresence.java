package ca.repere.chat.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Whether the citizen is still there. Their client is heard from at least every 30 seconds while
 * connected (STOMP heartbeats, long polls); a chat still queued whose citizen has not been heard
 * from for {@code repere.chat.abandon-after} (5 minutes) ends as abandoned, so it counts in the
 * waiting and abandonment figures and no specialist accepts an empty chair.
 */
@Component
public class CitizenPresence {

  /** At most one write per chat and node in this interval, whatever the traffic. */
  private static final long WRITE_EVERY_MS = 20_000;

  private final JdbcClient jdbc;
  private final Chats chats;
  private final Duration abandonAfter;
  private final Map<UUID, Long> written = new ConcurrentHashMap<>();

  CitizenPresence(
      JdbcClient jdbc,
      Chats chats,
      @Value("${repere.chat.abandon-after:PT5M}") Duration abandonAfter) {
    this.jdbc = jdbc;
    this.chats = chats;
    this.abandonAfter = abandonAfter;
  }

  /** The citizen's client of this chat just reached the server. */
  public void seen(UUID chatId) {
    long now = System.currentTimeMillis();
    Long last = written.get(chatId);
    if (last != null && now - last < WRITE_EVERY_MS) {
      return;
    }
    written.put(chatId, now);
    if (written.size() > 50_000) {
      written.clear();
    }
    jdbc.sql("update chat.chat set citizen_seen_at = now() where id = :id and status <> 'ended'")
        .param("id", chatId)
        .update();
  }

  /** Ends, as abandoned, every queued chat whose citizen left; returns how many. */
  public int endAbandoned() {
    List<UUID> left =
        jdbc.sql(
                "select id from chat.chat where status = 'queued'"
                    + " and citizen_seen_at < now() - make_interval(secs => :secs)")
            .param("secs", (double) abandonAfter.toSeconds())
            .query(UUID.class)
            .list();
    left.forEach(id -> chats.endIfStillQueued(id, abandonAfter));
    return left.size();
  }
}
