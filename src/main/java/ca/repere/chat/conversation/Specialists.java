package ca.repere.chat.conversation;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.annotation.Transactional;

/** Specialists and supervisors who opened the console: availability, limits, what they serve. */
@Repository
public class Specialists {

  private static final Set<String> LANGUAGES = Set.of("fr", "en");

  private static final String SELECT =
      "select s.*, (select count(*) from chat.chat c where c.status = 'active'"
          + " and c.specialist_id = s.user_id) as active from chat.specialist s";

  private final JdbcClient jdbc;
  private final ChatLimits limits;
  private final ChatEvents events;

  Specialists(JdbcClient jdbc, ChatLimits limits, ChatEvents events) {
    this.jdbc = jdbc;
    this.limits = limits;
    this.events = events;
  }

  /** Records (or refreshes) who this staff member is; a newcomer starts unavailable. */
  @Transactional
  public Specialist enrol(UUID id, String displayName, boolean supervisor) {
    jdbc.sql(
            "insert into chat.specialist (user_id, display_name, supervisor, max_chats)"
                + " values (:id, :name, :supervisor, :max) on conflict (user_id) do update"
                + " set display_name = excluded.display_name, supervisor = excluded.supervisor")
        .param("id", id)
        .param("name", displayName)
        .param("supervisor", supervisor)
        .param("max", limits.defaultMaxChats())
        .update();
    return find(id).orElseThrow();
  }

  /** Sets availability and what this person serves; unknown languages are refused. */
  @Transactional
  public Specialist update(
      UUID id, boolean available, int maxChats, List<String> languages, List<String> regions) {
    if (languages.isEmpty() || !LANGUAGES.containsAll(languages)) {
      throw new ChatRejected(400, "chat.error.languages");
    }
    if (maxChats < 1 || maxChats > 20) {
      throw new ChatRejected(400, "chat.error.max-chats");
    }
    jdbc.sql(
            "update chat.specialist set available = :available, max_chats = :max,"
                + " languages = :languages::text[], regions = :regions::text[], updated_at = now()"
                + " where user_id = :id")
        .param("available", available)
        .param("max", maxChats)
        .param("languages", "{" + String.join(",", languages) + "}")
        .param("regions", "{" + String.join(",", regions) + "}")
        .param("id", id)
        .update();
    events.queue();
    return find(id).orElseThrow();
  }

  public Optional<Specialist> find(UUID id) {
    return jdbc.sql(SELECT + " where s.user_id = :id")
        .param("id", id)
        .query(Specialists::row)
        .optional();
  }

  /** Everyone, available first, for the supervisor view and the transfer list. */
  public List<Specialist> all() {
    return jdbc.sql(SELECT + " order by s.available desc, s.display_name")
        .query(Specialists::row)
        .list();
  }

  static Specialist row(ResultSet rs, int row) throws SQLException {
    return new Specialist(
        rs.getObject("user_id", UUID.class),
        rs.getString("display_name"),
        rs.getBoolean("supervisor"),
        rs.getBoolean("available"),
        rs.getInt("max_chats"),
        strings(rs.getArray("languages")),
        strings(rs.getArray("regions")),
        rs.getInt("active"));
  }

  private static List<String> strings(Array array) throws SQLException {
    return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
  }
}
