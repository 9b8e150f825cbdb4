package ca.repere.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.bootstrap.DefaultBootstrapContext;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.env.StandardEnvironment;

/**
 * The embedded PostgreSQL started while Spring reads the classes is the one the {@code
 * embeddedPostgres} bean gets, once, and only for the settings it was started with; with an
 * external database nothing is started. (CrashRecoveryIT runs the jar, which starts this way.)
 */
class EmbeddedPostgresEarlyStartIT {

  @Test
  void theBeanTakesOverTheServerStartedEarlyForItsSettingsOnly() throws Exception {
    Path data = JarProcess.dataDir("early-start").toPath();
    environmentPrepared(Map.of("repere.data-dir", data.toString()));

    var settings = new EmbeddedPostgresEarlyStart.Settings(data, 0, false);
    assertThat(
            EmbeddedPostgresEarlyStart.claim(
                new EmbeddedPostgresEarlyStart.Settings(data, 5, false)))
        .as("another port: not this server")
        .isNull();
    try (EmbeddedPostgres postgres = EmbeddedPostgresEarlyStart.claim(settings)) {
      assertThat(postgres).isNotNull();
      try (Connection connection = postgres.getPostgresDatabase().getConnection();
          ResultSet rs = connection.createStatement().executeQuery("SELECT 1")) {
        assertThat(rs.next()).isTrue();
      }
      assertThat(EmbeddedPostgresEarlyStart.claim(settings)).as("taken over once").isNull();
    }
  }

  @Test
  void nothingIsStartedForAnExternalDatabase() throws Exception {
    Path data = JarProcess.dataDir("early-start-external").toPath();
    environmentPrepared(
        Map.of(
            "repere.data-dir",
            data.toString(),
            "spring.datasource.url",
            "jdbc:postgresql://db.example:5432/repere"));

    assertThat(
            EmbeddedPostgresEarlyStart.claim(
                new EmbeddedPostgresEarlyStart.Settings(data, 0, false)))
        .isNull();
    assertThat(data.resolve("postgres")).doesNotExist();
  }

  private static void environmentPrepared(Map<String, Object> properties) {
    StandardEnvironment environment = new StandardEnvironment();
    environment.getPropertySources().addFirst(new MapPropertySource("test", properties));
    new EmbeddedPostgresEarlyStart()
        .onApplicationEvent(
            new ApplicationEnvironmentPreparedEvent(
                new DefaultBootstrapContext(),
                new SpringApplication(),
                new String[0],
                environment));
  }
}
