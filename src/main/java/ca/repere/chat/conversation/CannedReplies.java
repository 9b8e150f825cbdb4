package ca.repere.chat.conversation;

import ca.repere.shared.Lang;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Ready-made replies in French and English; supervisors keep them. */
@Repository
public class CannedReplies {

  private final JdbcClient jdbc;

  CannedReplies(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record CannedReply(UUID id, Lang language, String title, String body) {}

  public List<CannedReply> all() {
    return jdbc.sql(
            "select id, language, title, body from chat.canned_reply order by language, title")
        .query(
            (rs, row) ->
                new CannedReply(
                    rs.getObject("id", UUID.class),
                    Lang.parse(rs.getString("language")),
                    rs.getString("title"),
                    rs.getString("body")))
        .list();
  }

  public void save(UUID id, Lang language, String title, String body, UUID supervisor) {
    if (title == null || title.isBlank() || title.length() > 100) {
      throw new ChatRejected(400, "chat.error.canned-title");
    }
    if (body == null || body.isBlank() || body.length() > 4000) {
      throw new ChatRejected(400, "chat.error.canned-body");
    }
    jdbc.sql(
            "insert into chat.canned_reply (id, language, title, body, updated_by)"
                + " values (:id, :language, :title, :body, :by) on conflict (id) do update set"
                + " language = excluded.language, title = excluded.title, body = excluded.body,"
                + " updated_by = excluded.updated_by, updated_at = now()")
        .param("id", id == null ? UUID.randomUUID() : id)
        .param("language", language.code())
        .param("title", title.strip())
        .param("body", body.strip())
        .param("by", supervisor)
        .update();
  }

  public void delete(UUID id) {
    jdbc.sql("delete from chat.canned_reply where id = :id").param("id", id).update();
  }
}
