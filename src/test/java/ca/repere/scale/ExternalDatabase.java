package ca.repere.scale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/**
 * The external PostgreSQL that bin/test starts for the multi-node tests (REPERE_TEST_NODES_DB_URL).
 * Under CI a missing database fails the test; elsewhere the test is skipped.
 */
record ExternalDatabase(String url, String user, String password) {

  static ExternalDatabase forNodes() {
    String url = System.getenv("REPERE_TEST_NODES_DB_URL");
    if ("true".equals(System.getenv("CI"))) {
      assertThat(url)
          .as("REPERE_TEST_NODES_DB_URL must be set under CI (bin/test sets it)")
          .isNotBlank();
    }
    assumeTrue(url != null && !url.isBlank(), "no external PostgreSQL configured (run bin/test)");
    return new ExternalDatabase(
        url,
        System.getenv().getOrDefault("REPERE_TEST_EXTERNAL_DB_USER", "repere"),
        System.getenv().getOrDefault("REPERE_TEST_EXTERNAL_DB_PASSWORD", "repere"));
  }

  Connection connect() throws SQLException {
    return DriverManager.getConnection(url, user, password);
  }

  /** Drops every schema the test role owns: the next application start migrates from scratch. */
  void reset() throws SQLException {
    try (Connection c = connect()) {
      c.createStatement().execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public");
      List<String> schemas = new ArrayList<>();
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT nspname FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles"
                      + " WHERE rolname = current_user) AND nspname NOT LIKE 'pg_%' AND nspname <> 'public'")) {
        while (rs.next()) {
          schemas.add(rs.getString(1));
        }
      }
      for (String schema : schemas) {
        c.createStatement().execute("DROP SCHEMA \"" + schema + "\" CASCADE");
      }
    }
  }
}
