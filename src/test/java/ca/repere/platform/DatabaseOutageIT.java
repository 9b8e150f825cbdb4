package ca.repere.platform;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.File;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL unreachable (the connection to it cut by a proxy): pages that need it answer 503 fast
 * with the bilingual "momentarily unavailable" page, health is DOWN, and once the database is back
 * the application serves again by itself.
 */
class DatabaseOutageIT {

  private final HttpClient http =
      HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

  @Test
  void aDatabaseOutageGivesAClear503AndTheApplicationRecoversByItself() throws Exception {
    File pgData = JarProcess.dataDir("outage-pg");
    try (EmbeddedPostgres postgres =
            EmbeddedPostgres.builder()
                .setDataDirectory(pgData)
                .setCleanDataDirectory(true)
                .setOverrideWorkingDirectory(JarProcess.dataDir("outage-pg-binaries"))
                .start();
        TcpProxy proxy = new TcpProxy(postgres.getPort())) {
      Map<String, String> env =
          Map.of(
              "REPERE_DATA_DIR",
              JarProcess.dataDir("outage").getPath(),
              "SPRING_DATASOURCE_URL",
              "jdbc:postgresql://localhost:" + proxy.port() + "/postgres",
              "SPRING_DATASOURCE_USERNAME",
              "postgres",
              "SPRING_DATASOURCE_PASSWORD",
              "");
      try (JarProcess app = new JarProcess(Path.of("target", "outage.log"), env).start()) {
        app.awaitHealthy(Duration.ofSeconds(180));
        String servicePage = "/service/" + UUID.randomUUID();
        assertThat(get(app, servicePage).statusCode()).isEqualTo(404);

        proxy.cut();
        Instant cutAt = Instant.now();
        HttpResponse<String> during = get(app, servicePage);
        assertThat(during.statusCode()).isEqualTo(503);
        assertThat(Duration.between(cutAt, Instant.now())).isLessThan(Duration.ofSeconds(15));
        assertThat(during.headers().firstValue("Retry-After")).contains("30");
        assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(during.body()))
            .contains("momentanément indisponible", "2-1-1");
        assertThat(health(app)).isEqualTo(503);

        proxy.restore();
        Instant deadline = Instant.now().plusSeconds(30);
        int status = 0;
        while (Instant.now().isBefore(deadline) && status != 404) {
          Thread.sleep(500);
          status = get(app, servicePage).statusCode();
        }
        assertThat(status).as("serves again once the database is back").isEqualTo(404);
        assertThat(health(app)).isEqualTo(200);
      }
    }
  }

  private int health(JarProcess app) throws Exception {
    return http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + "/actuator/health"))
                .timeout(Duration.ofSeconds(30))
                .build(),
            HttpResponse.BodyHandlers.ofString())
        .statusCode();
  }

  private HttpResponse<String> get(JarProcess app, String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + app.port + path))
            .header("Accept", "text/html")
            .timeout(Duration.ofSeconds(30))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
