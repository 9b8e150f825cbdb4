import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * After a restart: every acknowledged write is in the database, and the search index has them. The
 * curator's edits are paused for the check (see {@link MixedLoad}); the rest of the load goes on.
 */
final class Verification {

  record Outcome(int checked, List<String> lost, List<String> notIndexed) {
    boolean ok() {
      return lost.isEmpty() && notIndexed.isEmpty();
    }
  }

  static Outcome check(AppProcess app, MixedLoad load, Duration indexCatchUp) throws Exception {
    load.pauseEdits();
    try {
      return check(app, load.ledger, indexCatchUp);
    } finally {
      load.resumeEdits();
    }
  }

  private static Outcome check(AppProcess app, MixedLoad.Ledger ledger, Duration indexCatchUp)
      throws Exception {
    // what was acknowledged before the database is read: reports and contacts go on meanwhile, and
    // one acknowledged after the read would look lost
    List<String> reports = List.copyOf(ledger.reports);
    List<UUID> contacts = List.copyOf(ledger.contacts);
    List<String> chatMessages = List.copyOf(ledger.chatMessages);
    Map<UUID, String> edits = new HashMap<>(ledger.edits);
    Map<UUID, String> inDoubt = Map.copyOf(ledger.inDoubt);
    List<String> lost = new ArrayList<>();
    List<String> notIndexed = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(app.jdbcUrl(), "postgres", "")) {
      List<String> storedReports = found(c,
          "SELECT description FROM site.missing_organization_report WHERE description = ANY(?)",
          c.createArrayOf("text", reports.toArray()));
      reports.stream().filter(r -> !storedReports.contains(r)).forEach(r -> lost.add("report " + r));
      List<String> storedContacts = found(c,
          "SELECT id::text FROM contacts.contact WHERE id = ANY(?)",
          c.createArrayOf("uuid", contacts.toArray()));
      contacts.stream()
          .filter(id -> !storedContacts.contains(id.toString()))
          .forEach(id -> lost.add("contact " + id));
      List<String> storedMessages = found(c,
          "SELECT chat_id::text || ':' || client_id FROM chat.message WHERE client_id = ANY(?)",
          c.createArrayOf("text", chatMessages.stream().map(m -> m.substring(37)).toArray()));
      chatMessages.stream()
          .filter(m -> !storedMessages.contains(m))
          .forEach(m -> lost.add("chat message " + m));
      Map<UUID, String> descriptions = new HashMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id, description_fr FROM directory.service WHERE id = ANY(?)")) {
        s.setArray(1, c.createArrayOf("uuid", edits.keySet().toArray()));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            descriptions.put(rs.getObject(1, UUID.class), rs.getString(2));
          }
        }
      }
      for (Map.Entry<UUID, String> edit : edits.entrySet()) {
        String description = descriptions.get(edit.getKey());
        String doubtful = inDoubt.get(edit.getKey());
        if (description != null && doubtful != null && description.endsWith(doubtful)) {
          edit.setValue(doubtful); // that last edit did commit: the index must have it
        } else if (description == null || !description.endsWith(edit.getValue())) {
          lost.add("edit " + edit.getKey() + " → " + edit.getValue() + " (found: " + description + ")");
        }
      }
    }
    Visitor citizen = new Visitor(app.url());
    for (Map.Entry<UUID, String> edit : edits.entrySet()) {
      if (!searchFinds(citizen, edit.getValue(), edit.getKey(), indexCatchUp)) {
        notIndexed.add(
            "search " + edit.getValue() + " does not find " + edit.getKey()
                + " (database: " + description(app, edit.getKey()) + ")");
      }
    }
    return new Outcome(
        reports.size() + contacts.size() + chatMessages.size() + edits.size(), lost, notIndexed);
  }

  private static String description(AppProcess app, UUID service) throws Exception {
    try (Connection c = DriverManager.getConnection(app.jdbcUrl(), "postgres", "");
        PreparedStatement s =
            c.prepareStatement("SELECT description_fr FROM directory.service WHERE id = ?")) {
      s.setObject(1, service);
      try (ResultSet rs = s.executeQuery()) {
        return rs.next() ? rs.getString(1) : "no such service";
      }
    }
  }

  private static List<String> found(Connection c, String sql, Array values) throws Exception {
    List<String> found = new ArrayList<>();
    try (PreparedStatement s = c.prepareStatement(sql)) {
      s.setArray(1, values);
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          found.add(rs.getString(1));
        }
      }
    }
    return found;
  }

  private static boolean searchFinds(Visitor citizen, String word, UUID service, Duration within)
      throws Exception {
    Instant deadline = Instant.now().plus(within);
    do {
      try {
        Visitor.Answer answer = citizen.get("/api/v1/search?q=" + word);
        if (answer.status() == 200 && answer.body().contains(service.toString())) {
          return true;
        }
      } catch (java.io.IOException e) {
        // a slow answer right after the restart: try again until the deadline
      }
      Thread.sleep(200);
    } while (Instant.now().isBefore(deadline));
    return false;
  }
}
