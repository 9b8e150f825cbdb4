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

/** After a restart: every acknowledged write is in the database, and the search index has them. */
final class Verification {

  record Outcome(int checked, List<String> lost, List<String> notIndexed) {
    boolean ok() {
      return lost.isEmpty() && notIndexed.isEmpty();
    }
  }

  static Outcome check(AppProcess app, MixedLoad.Ledger ledger, Duration indexCatchUp)
      throws Exception {
    List<String> lost = new ArrayList<>();
    List<String> notIndexed = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(app.jdbcUrl(), "postgres", "")) {
      List<String> reports = found(c,
          "SELECT description FROM site.missing_organization_report WHERE description = ANY(?)",
          c.createArrayOf("text", ledger.reports.toArray()));
      ledger.reports.stream().filter(r -> !reports.contains(r)).forEach(r -> lost.add("report " + r));
      List<String> contacts = found(c,
          "SELECT id::text FROM contacts.contact WHERE id = ANY(?)",
          c.createArrayOf("uuid", ledger.contacts.toArray()));
      ledger.contacts.stream()
          .filter(id -> !contacts.contains(id.toString()))
          .forEach(id -> lost.add("contact " + id));
      Map<UUID, String> descriptions = new HashMap<>();
      try (PreparedStatement s =
          c.prepareStatement(
              "SELECT id, description_fr FROM directory.service WHERE id = ANY(?)")) {
        s.setArray(1, c.createArrayOf("uuid", ledger.edits.keySet().toArray()));
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            descriptions.put(rs.getObject(1, UUID.class), rs.getString(2));
          }
        }
      }
      ledger.edits.forEach(
          (id, word) -> {
            String description = descriptions.get(id);
            if (description == null || !description.endsWith(word)) {
              lost.add("edit " + id + " → " + word + " (found: " + description + ")");
            }
          });
    }
    Visitor citizen = new Visitor(app.url());
    for (Map.Entry<UUID, String> edit : ledger.edits.entrySet()) {
      if (!searchFinds(citizen, edit.getValue(), edit.getKey(), indexCatchUp)) {
        notIndexed.add("search " + edit.getValue() + " does not find " + edit.getKey());
      }
    }
    return new Outcome(ledger.size(), lost, notIndexed);
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
