package ca.repere.chat.conversation;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Private notes between specialists about a chat; the citizen never sees them. */
@Repository
public class Notes {

  private final JdbcClient jdbc;

  Notes(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Note(String authorName, String body, Instant createdAt) {}

  public void add(UUID chatId, UUID authorId, String authorName, String body) {
    if (body.length() > 4000) {
      throw new ChatRejected(413, "chat.error.too-long", 4000, body.length());
    }
    jdbc.sql(
            "insert into chat.note (id, chat_id, author_id, author_name, body)"
                + " values (:id, :chat, :author, :name, :body)")
        .param("id", UUID.randomUUID())
        .param("chat", chatId)
        .param("author", authorId)
        .param("name", authorName)
        .param("body", body.strip())
        .update();
  }

  public List<Note> of(UUID chatId) {
    return jdbc.sql(
            "select author_name, body, created_at from chat.note where chat_id = :chat"
                + " order by created_at")
        .param("chat", chatId)
        .query(
            (rs, row) ->
                new Note(
                    rs.getString("author_name"),
                    rs.getString("body"),
                    rs.getTimestamp("created_at").toInstant()))
        .list();
  }
}
