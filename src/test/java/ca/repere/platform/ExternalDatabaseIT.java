package ca.repere.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * With SPRING_DATASOURCE_URL set, no embedded PostgreSQL starts and the app uses that server. The
 * test script starts Debian's PostgreSQL and passes its URL in REPERE_TEST_EXTERNAL_DB_URL.
 */
class ExternalDatabaseIT {

  static final String URL = System.getenv("REPERE_TEST_EXTERNAL_DB_URL");
  static final String USER = System.getenv().getOrDefault("REPERE_TEST_EXTERNAL_DB_USER", "repere");
  static final String PASSWORD =
      System.getenv().getOrDefault("REPERE_TEST_EXTERNAL_DB_PASSWORD", "repere");

  @Test
  void usesTheConfiguredServerAndStartsNoEmbeddedDatabase() throws Exception {
    if ("true".equals(System.getenv("CI"))) {
      assertThat(URL)
          .as("REPERE_TEST_EXTERNAL_DB_URL must be set under CI (bin/test sets it)")
          .isNotBlank();
    }
    assumeTrue(URL != null, "no external PostgreSQL configured (run bin/test)");
    resetDatabase();
    File data = JarProcess.dataDir("external-db");
    Map<String, String> env =
        Map.of(
            "REPERE_DATA_DIR", data.getPath(),
            "SPRING_DATASOURCE_URL", URL,
            "SPRING_DATASOURCE_USERNAME", USER,
            "SPRING_DATASOURCE_PASSWORD", PASSWORD);

    try (JarProcess app = new JarProcess(Path.of("target", "external-db.log"), env).start()) {
      app.awaitHealthy(Duration.ofSeconds(120));

      assertThat(app.get("/actuator/health")).contains("\"db\":{\"status\":\"UP\"}");
      assertThat(Files.exists(data.toPath().resolve("postgres"))).isFalse();
      try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD);
          ResultSet rs =
              c.createStatement().executeQuery("SELECT count(*) FROM directory.organization")) {
        rs.next();
        assertThat(rs.getInt(1))
            .as("an external database never receives demo data by itself")
            .isZero();
      }
    }
  }

  private static void resetDatabase() throws Exception {
    try (Connection c = DriverManager.getConnection(URL, USER, PASSWORD)) {
      c.createStatement().execute("DROP SCHEMA IF EXISTS public CASCADE; CREATE SCHEMA public;");
      try (ResultSet rs =
          c.createStatement()
              .executeQuery(
                  "SELECT nspname FROM pg_namespace WHERE nspowner = (SELECT oid FROM pg_roles WHERE rolname = current_user)"
                      + " AND nspname NOT IN ('public') AND nspname NOT LIKE 'pg_%'")) {
        java.util.List<String> schemas = new java.util.ArrayList<>();
        while (rs.next()) {
          schemas.add(rs.getString(1));
        }
        for (String schema : schemas) {
          c.createStatement().execute("DROP SCHEMA \"" + schema + "\" CASCADE");
        }
      }
    }
  }
}
