package ca.repere.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import picocli.CommandLine;

@RepereApplicationTest
class GeographyIT {

  @org.springframework.beans.factory.annotation.Autowired GeographyHealthIndicator healthIndicator;

  @LocalServerPort int port;
  @Autowired JdbcClient jdbc;
  @Autowired GeoLoadTask geoLoad;
  @Autowired GeographyService geography;

  @Test
  void theTablesHoldTheGeographyReadAtStartup() {
    Gazetteer gazetteer = geography.gazetteer();

    assertThat(count("municipality")).isEqualTo(gazetteer.municipalities().size()).isEqualTo(1281);
    assertThat(count("region")).isEqualTo(17);
    assertThat(count("mrc")).isEqualTo(gazetteer.mrcs().size());
    assertThat(count("fsa")).isEqualTo(gazetteer.fsas().size());
    assertThat(jdbc.sql("select content_hash from geography.source").query(String.class).single())
        .isEqualTo(gazetteer.contentHash());
  }

  @Test
  void reportsCanJoinMunicipalitiesToTheirMrcAndRegion() {
    List<String> row =
        jdbc.sql(
                """
                select m.name || '|' || c.name || '|' || r.name
                from geography.municipality m
                join geography.mrc c on c.code = m.mrc_code
                join geography.region r on r.code = m.region_code
                where m.code = '04015'
                """)
            .query(String.class)
            .list();

    assertThat(row)
        .containsExactly("Mont-Saint-Pierre|La Haute-Gaspésie|Gaspésie–Îles-de-la-Madeleine");
  }

  @Test
  void geoLoadReloadsTheTablesFromAFolder() {
    Instant before = loadedAt();

    Result result = run("--dir", GeographyTests.FOLDER.toString());

    assertThat(result.code()).as(result.err()).isZero();
    assertThat(result.out()).contains("geo-load: ", "1281 municipalités");
    assertThat(loadedAt()).isAfter(before);
    assertThat(count("municipality")).isEqualTo(1281);
  }

  @Test
  void geoLoadRefusesAFolderWithABadLineAndChangesNothing(@TempDir Path folder) throws Exception {
    for (String file : GazetteerReader.REQUIRED) {
      Files.copy(GeographyTests.FOLDER.resolve(file), folder.resolve(file));
    }
    Path municipalities = folder.resolve(GazetteerReader.MUNICIPALITIES);
    List<String> lines = Files.readAllLines(municipalities, StandardCharsets.UTF_8);
    String[] fields = lines.get(10).split(",", -1);
    fields[7] = "99"; // region_code
    lines.set(10, String.join(",", fields));
    Files.write(municipalities, lines, StandardCharsets.UTF_8);
    Instant before = loadedAt();

    Result result = run("--dir", folder.toString(), "--lang", "en");

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err())
        .contains("nothing changed", "qc_municipalities.csv, line 11", "region_code '99'");
    assertThat(loadedAt()).isEqualTo(before);
    assertThat(count("municipality")).isEqualTo(1281);
  }

  @Test
  void geoLoadSaysWhichFolderIsMissing(@TempDir Path empty) {
    Result result = run("--dir", empty.resolve("nowhere").toString());

    assertThat(result.code()).isEqualTo(1);
    assertThat(result.err()).contains("nowhere", "qc_municipalities.csv", "REPERE_GEO_DIR");
  }

  @Test
  void healthReportsTheGeographySourceAndCounts() throws Exception {
    // Publicly, health shows each component's state; the details are for signed-in staff.
    HttpResponse<String> health =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
    assertThat(health.body()).contains("\"geography\":{\"status\":\"UP\"}");

    assertThat(healthIndicator.health().getDetails())
        .containsEntry("source", "folder")
        .containsEntry("municipalities", 1281)
        .containsEntry("tablesCurrent", true);
  }

  private int count(String table) {
    return jdbc.sql("select count(*) from geography." + table).query(Integer.class).single();
  }

  private Instant loadedAt() {
    return jdbc.sql("select loaded_at from geography.source").query(Instant.class).single();
  }

  private synchronized Result run(String... args) {
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream outBytes = new ByteArrayOutputStream();
    ByteArrayOutputStream errBytes = new ByteArrayOutputStream();
    try {
      System.setOut(new PrintStream(outBytes, true, StandardCharsets.UTF_8));
      System.setErr(new PrintStream(errBytes, true, StandardCharsets.UTF_8));
      geoLoad.dir = null;
      geoLoad.lang = "fr";
      int code = new CommandLine(geoLoad).execute(args);
      return new Result(
          code,
          outBytes.toString(StandardCharsets.UTF_8),
          errBytes.toString(StandardCharsets.UTF_8));
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
  }

  record Result(int code, String out, String err) {}
}
