package ca.repere.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The full history of directory records, one row per changed field (HSDS metadata). Staff-only
 * values (internal notes, the private verification contact) are never copied: the history only says
 * they changed.
 */
@Component
public class History {

  static final Set<String> NOT_TRACKED = Set.of("created_at", "updated_at", "version");
  static final Set<String> STAFF_ONLY =
      Set.of(
          "internal_note",
          "private_contact_name",
          "private_contact_email",
          "private_contact_phone");
  static final String MASK = "[staff only]";

  private final JdbcTemplate jdbc;

  History(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  public record Entry(
      UUID changeId,
      UUID resourceId,
      String resourceType,
      Instant at,
      String action,
      String field,
      String before,
      String after,
      String by) {}

  /** Records the differences between two states of a record (before is empty for a creation). */
  void record(
      String resourceType,
      UUID resourceId,
      Map<String, Object> before,
      Map<String, Object> after,
      String action,
      String actor) {
    UUID changeId = UUID.randomUUID();
    List<Object[]> rows = new ArrayList<>();
    for (Map.Entry<String, Object> field : after.entrySet()) {
      String name = field.getKey();
      Object old = before.get(name);
      if (NOT_TRACKED.contains(name) || Objects.equals(text(old), text(field.getValue()))) {
        continue;
      }
      boolean masked = STAFF_ONLY.contains(name);
      rows.add(
          new Object[] {
            UUID.randomUUID(),
            changeId,
            resourceId,
            resourceType,
            action,
            name,
            masked && old != null ? MASK : text(old),
            masked && field.getValue() != null ? MASK : text(field.getValue()),
            actor
          });
    }
    if (rows.isEmpty() && !before.isEmpty()) {
      return;
    }
    if (rows.isEmpty()) {
      rows.add(
          new Object[] {
            UUID.randomUUID(), changeId, resourceId, resourceType, action, "*", null, null, actor
          });
    }
    jdbc.batchUpdate(
        "INSERT INTO directory.metadata (id, change_id, resource_id, resource_type, last_action_type,"
            + " field_name, previous_value, replacement_value, updated_by)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows);
  }

  public List<Entry> of(UUID resourceId) {
    return jdbc.query(
        "SELECT change_id, resource_id, resource_type, last_action_date, last_action_type,"
            + " field_name, previous_value, replacement_value, updated_by FROM directory.metadata"
            + " WHERE resource_id = ? ORDER BY last_action_date, field_name",
        (rs, i) ->
            new Entry(
                rs.getObject(1, UUID.class),
                rs.getObject(2, UUID.class),
                rs.getString(3),
                rs.getTimestamp(4).toInstant(),
                rs.getString(5),
                rs.getString(6),
                rs.getString(7),
                rs.getString(8),
                rs.getString(9)),
        resourceId);
  }

  private static String text(Object value) {
    return value == null ? null : value.toString();
  }
}
