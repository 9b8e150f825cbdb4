package ca.repere.chat.conversation;

import ca.repere.accounts.RetentionRule;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Transcripts, private notes and offline messages are erased {@code
 * repere.retention.chat-transcripts} after the chat ended (the contact record keeps what is
 * needed); the chat row keeps only times and codes.
 */
@Component
class ChatRetention implements RetentionRule {

  private final JdbcClient jdbc;
  private final Duration keepFor;

  ChatRetention(
      JdbcClient jdbc, @Value("${repere.retention.chat-transcripts:90d}") Duration keepFor) {
    this.jdbc = jdbc;
    this.keepFor = keepFor;
  }

  @Override
  public String name() {
    return "chat.transcripts";
  }

  @Override
  public Duration keepFor() {
    return keepFor;
  }

  @Override
  public int apply() {
    double seconds = keepFor.toSeconds();
    int messages =
        jdbc.sql(
                "delete from chat.message m using chat.chat c where m.chat_id = c.id"
                    + " and c.status = 'ended' and c.ended_at < now() - make_interval(secs => :s)")
            .param("s", seconds)
            .update();
    int notes =
        jdbc.sql(
                "delete from chat.note n using chat.chat c where n.chat_id = c.id"
                    + " and c.status = 'ended' and c.ended_at < now() - make_interval(secs => :s)")
            .param("s", seconds)
            .update();
    int offline =
        jdbc.sql(
                "delete from chat.offline_message where created_at < now() - make_interval(secs => :s)")
            .param("s", seconds)
            .update();
    return messages + notes + offline;
  }
}
