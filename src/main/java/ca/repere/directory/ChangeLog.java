package ca.repere.directory;

import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The directory's change log: every committed change appends here in its own transaction. Appends
 * take a transaction-scoped advisory lock, so sequence numbers commit in order and a reader tailing
 * {@code seq > last} can never skip one that commits late. NOTIFY wakes the tailers of every node
 * at commit.
 */
@Component
public class ChangeLog {

  public static final String CHANNEL = "directory_change";
  private static final long APPEND_LOCK = 2110_0001L;

  private final JdbcTemplate jdbc;

  ChangeLog(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Kinds of change; {@code ALL} asks followers to rebuild (after a bulk import). */
  public enum Kind {
    SERVICE,
    ORGANIZATION,
    LOCATION,
    TAXONOMY,
    ALL
  }

  public record Change(long seq, Kind kind, UUID recordId) {}

  void append(Kind kind, UUID recordId) {
    jdbc.queryForObject("SELECT pg_advisory_xact_lock(?)", Object.class, APPEND_LOCK);
    Long seq =
        jdbc.queryForObject(
            "INSERT INTO directory.change_log (seq, kind, record_id)"
                + " VALUES (nextval('directory.change_log_seq'), ?, ?) RETURNING seq",
            Long.class,
            kind.name(),
            recordId);
    jdbc.execute("NOTIFY " + CHANNEL + ", '" + seq + "'");
  }

  public List<Change> after(long seq, int limit) {
    return jdbc.query(
        "SELECT seq, kind, record_id FROM directory.change_log WHERE seq > ? ORDER BY seq LIMIT ?",
        (rs, i) ->
            new Change(
                rs.getLong("seq"),
                Kind.valueOf(rs.getString("kind")),
                rs.getObject("record_id", UUID.class)),
        seq,
        limit);
  }

  public long last() {
    Long last = jdbc.queryForObject("SELECT max(seq) FROM directory.change_log", Long.class);
    return last == null ? 0 : last;
  }
}
