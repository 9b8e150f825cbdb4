package ca.repere.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.Directory;
import ca.repere.shared.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.UUID;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The legacy Ohana export (MongoDB JSON lines) with broken rows and fields: every problem is
 * reported at its file, line and field, in the user's language, and nothing is imported.
 */
@RepereApplicationTest
class OhanaBrokenInputIT {

  @Autowired HsdsImport hsdsImport;
  @Autowired Directory directory;

  @TempDir Path folder;

  /** Ohana ids are global ("ohana/service/12"): each test takes its own range. */
  private long base;

  @BeforeEach
  void writeAValidExport() throws Exception {
    base = ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    write("organizations.json", record("o1", "\"name\":\"Entraide Gaspésie\",\"id\":" + base));
    write(
        "locations.json",
        record(
            "l1",
            "\"name\":\"Local\",\"organization_id\":"
                + base
                + ",\"coordinates\":[-65.81,49.22],\"id\":"
                + base));
    write(
        "services.json",
        record(
            "s1",
            "\"name\":\"Comptoir\",\"location_id\":"
                + base
                + ",\"category_ids\":[\"101\"],\"service_areas\":[\"Gaspé\"],\"id\":"
                + base));
    write(
        "open_eligibility_taxonomy_oe.json",
        "{\"taxonomy\":{\"top_level\":[{\"@id\":\"101\",\"@title\":\"Emergency\"}]}}");
  }

  private ImportReport run(Lang messages) {
    return hsdsImport.run(folder, ImportOptions.of(Lang.EN, false, messages));
  }

  @Test
  void aValidExportImports() {
    ImportReport report = run(Lang.EN);

    assertThat(report.problems()).isEmpty();
    assertThat(report.created()).isEqualTo(1);
    assertThat(directory.service(serviceId(base))).isPresent();
  }

  @Test
  void reportsEveryBrokenRowAndFieldAtItsFileAndLineAndImportsNothing() throws Exception {
    append(
        "locations.json", record("l2", "\"name\":\"Nord\",\"coordinates\":[\"nord\",1]," + id(1)));
    append(
        "locations.json", record("l3", "\"name\":\"Ailleurs\",\"organization_id\":999," + id(2)));
    append("services.json", record("s2", "\"name\":42,\"location_id\":" + base + "," + id(2)));
    append("services.json", "{\"_id\": not json");
    append("services.json", record("s4", "\"location_id\":424242," + id(4)));
    append("services.json", record("s5", "\"location_id\":" + base + ",\"id\":" + base));
    append(
        "services.json",
        record(
            "s6", "\"location_id\":" + base + ",\"category_ids\":[\"101\",\"999-99\"]," + id(6)));
    append(
        "services.json",
        record("s7", "\"location_id\":" + base + ",\"service_areas\":\"Gaspé\"," + id(7)));
    append("services.json", record("s8", "\"location_id\":" + (base + 2) + "," + id(8)));
    append("services.json", record("s9", "\"location_id\":" + base));
    long before = directory.countServices();

    ImportReport report = run(Lang.EN);

    assertThat(report.written()).isFalse();
    assertThat(report.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::pointer)
        .containsExactlyInAnyOrder(
            tuple("locations.json", 2L, "coordinates"),
            tuple("locations.json", 3L, "organization_id"),
            tuple("services.json", 2L, "name"),
            tuple("services.json", 3L, ""),
            tuple("services.json", 4L, "location_id"),
            tuple("services.json", 5L, "id"),
            tuple("services.json", 6L, "category_ids/1"),
            tuple("services.json", 7L, "service_areas"),
            tuple("services.json", 9L, "id"));
    assertThat(report.problems())
        .extracting(ImportProblem::message)
        .contains(
            "Coordinates [longitude, latitude] (two numbers within range) are expected,"
                + " found [\"nord\",1]",
            "Text is expected, found 42",
            "Unknown reference: location 424242 is neither in the import nor in the directory",
            "Duplicate identifier " + base + " (already on line 1)",
            "Unknown reference: taxonomy_term 999-99 is neither in the import nor in the directory",
            "A list [ … ] is expected, found \"Gaspé\"",
            "Required field is empty")
        .anyMatch(m -> m.startsWith("Invalid JSON"));
    assertThat(directory.service(serviceId(base))).isEmpty();
    assertThat(directory.countServices()).isEqualTo(before);
  }

  @Test
  void reportsTheProblemsInFrench() throws Exception {
    append("services.json", record("s2", "\"name\":42,\"location_id\":" + base + "," + id(2)));
    append("services.json", record("s3", "\"location_id\":" + base + ",\"id\":" + base));

    ImportReport report = run(Lang.FR);

    assertThat(report.problems())
        .extracting(ImportProblem::message)
        .containsExactlyInAnyOrder(
            "Du texte est attendu, trouvé 42",
            "Identifiant " + base + " en double (déjà à la ligne 1)");
    assertThat(directory.service(serviceId(base))).isEmpty();
  }

  @Test
  void reportsALatin1LineAtItsNumber() throws Exception {
    byte[] latin1 =
        ("\n"
                + record(
                    "s2", "\"name\":\"Défense des droits\",\"location_id\":" + base + "," + id(2)))
            .getBytes(StandardCharsets.ISO_8859_1);
    Files.write(folder.resolve("services.json"), latin1, StandardOpenOption.APPEND);

    ImportReport report = run(Lang.FR);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("services.json");
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("n'est pas en UTF-8");
            });
    assertThat(directory.service(serviceId(base))).isEmpty();
  }

  private String id(long offset) {
    return "\"id\":" + (base + offset);
  }

  private static String record(String oid, String fields) {
    return "{\"_id\":{\"$oid\":\"" + oid + "\"}," + fields + "}";
  }

  private static UUID serviceId(long id) {
    return UUID.nameUUIDFromBytes(("ohana/service/" + id).getBytes(StandardCharsets.UTF_8));
  }

  private void write(String file, String line) throws Exception {
    Files.writeString(folder.resolve(file), line, StandardCharsets.UTF_8);
  }

  private void append(String file, String line) throws Exception {
    Files.writeString(
        folder.resolve(file), "\n" + line, StandardCharsets.UTF_8, StandardOpenOption.APPEND);
  }
}
