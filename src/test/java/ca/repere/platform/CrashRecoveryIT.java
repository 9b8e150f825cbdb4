package ca.repere.platform;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * Runs the jar as an operator does, commits data, stops it (gracefully, then with SIGKILL) and
 * starts it again: the data is still there and the server serves again within 20 s.
 */
class CrashRecoveryIT {

  @Test
  void committedDataSurvivesAGracefulRestartAndAKillDashNine() throws Exception {
    File data = JarProcess.dataDir("crash-recovery");
    int dbPort = JarProcess.freePort();
    Map<String, String> env = Map.of("REPERE_DATA_DIR", data.getPath());
    Path log = Path.of("target", "crash-recovery.log");
    UUID first = UUID.randomUUID();
    UUID second = UUID.randomUUID();

    try (JarProcess app = new JarProcess(log, env, "--repere.embedded-db.port=" + dbPort).start()) {
      app.awaitHealthy(Duration.ofSeconds(120));
      insertOrganization(dbPort, first);
      app.stop();
    }
    try (JarProcess app = new JarProcess(log, env, "--repere.embedded-db.port=" + dbPort).start()) {
      app.awaitHealthy(Duration.ofSeconds(120));
      assertThat(organizationExists(dbPort, first)).isTrue();
      insertOrganization(dbPort, second);
      app.kill();
    }
    try (JarProcess app = new JarProcess(log, env, "--repere.embedded-db.port=" + dbPort).start()) {
      // the restart's time is printed, not judged: bench/crash measures it on a quiet machine
      // (≤ 20 s), where a shared CI machine's load makes any bound here either loose or flaky
      Duration restart = app.awaitHealthy(Duration.ofSeconds(120));
      System.out.printf(
          "CrashRecoveryIT: restart after kill -9 took %.1f s%n", restart.toMillis() / 1e3);
      assertThat(organizationExists(dbPort, first)).isTrue();
      assertThat(organizationExists(dbPort, second)).isTrue();
      assertThat(app.get("/")).contains("2-1-1");

      // A task on the data folder of a running server must not take over its database...
      JarProcess.TaskRun intruder = JarProcess.runTask(env, "backup");
      assertThat(intruder.exitCode()).isNotZero();
      assertThat(intruder.output()).contains("in use", "jdbc:postgresql://localhost:" + dbPort);
      assertThat(app.get("/actuator/health")).contains("\"UP\"");
      // ...but can use it through the URL the message gives.
      Path backup = Path.of("target", "crash-recovery-backup.zip").toAbsolutePath();
      JarProcess.TaskRun online =
          JarProcess.runTask(
              Map.of(
                  "SPRING_DATASOURCE_URL", "jdbc:postgresql://localhost:" + dbPort + "/postgres",
                  "SPRING_DATASOURCE_USERNAME", "postgres",
                  "REPERE_DATA_DIR", data.getPath() + "-task"),
              "backup",
              "--to",
              backup.toString());
      assertThat(online.exitCode()).as(online.output()).isZero();
      assertThat(backup).exists();
    }
  }

  private static Connection connect(int port) throws Exception {
    return DriverManager.getConnection(
        "jdbc:postgresql://localhost:" + port + "/postgres", "postgres", "");
  }

  private static void insertOrganization(int port, UUID id) throws Exception {
    try (Connection c = connect(port)) {
      c.createStatement()
          .executeUpdate(
              "INSERT INTO directory.organization (id, name_fr) VALUES ('"
                  + id
                  + "', 'Test crash')");
    }
  }

  private static boolean organizationExists(int port, UUID id) throws Exception {
    try (Connection c = connect(port);
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT count(*) FROM directory.organization WHERE id = '" + id + "'")) {
      rs.next();
      return rs.getInt(1) == 1;
    }
  }
}
