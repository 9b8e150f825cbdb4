package ca.repere.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.Directory;
import ca.repere.directory.DirectoryQueries.ServiceFilter;
import ca.repere.hsds.importing.HsdsSchemas;
import ca.repere.shared.Lang;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;

@RepereApplicationTest
class HsdsExportIT {

  @Autowired HsdsImport hsdsImport;
  @Autowired HsdsExport hsdsExport;
  @Autowired Directory directory;
  @Autowired HsdsSchemas schemas;

  @TempDir Path dir;

  private ServiceFilter only(HsdsTestData data) {
    return new ServiceFilter(data.organizationId, null, null, null, null);
  }

  @Test
  void exportsPublishedServicesAsSchemaValidNdjsonWithoutStaffOnlyDataOrDrafts() throws Exception {
    HsdsTestData data = HsdsTestData.load(hsdsImport, directory, dir, 3);
    Path file = dir.resolve("out.ndjson");

    long count = hsdsExport.export(file, ExportFormat.NDJSON, Lang.FR, only(data), null);

    List<String> lines = Files.readAllLines(file);
    assertThat(count).isEqualTo(3);
    assertThat(lines).hasSize(3);
    for (String line : lines) {
      JsonNode service = HsdsFixtures.JSON.readTree(line);
      assertThat(schemas.validate("service", service, Locale.ENGLISH)).isEmpty();
    }
    String text = Files.readString(file);
    assertThat(text)
        .doesNotContain(HsdsTestData.SECRET_NOTE)
        .doesNotContain(HsdsTestData.INTAKE_LINE)
        .doesNotContain(HsdsTestData.SHELTER_STREET)
        .doesNotContain(data.draft.toString());
  }

  @Test
  void reImportingAnExportKeepsStaffOnlyDataAndChangesNothingElse() throws Exception {
    HsdsTestData data = HsdsTestData.load(hsdsImport, directory, dir, 2);
    Path first = dir.resolve("first.json");
    hsdsExport.export(first, ExportFormat.JSON, Lang.EN, only(data), null);

    ImportReport report = hsdsImport.run(first, ImportOptions.of(Lang.EN, false, Lang.EN));
    Path second = dir.resolve("second.json");
    hsdsExport.export(second, ExportFormat.JSON, Lang.EN, only(data), null);

    assertThat(report.problems()).isEmpty();
    assertThat(report.updated()).isEqualTo(2);
    assertThat(withoutTimes(second)).isEqualTo(withoutTimes(first));
    var kept = directory.service(data.withStaffOnlyData).orElseThrow();
    assertThat(kept.service().internalNote()).isEqualTo(HsdsTestData.SECRET_NOTE);
    assertThat(kept.phones())
        .anyMatch(p -> p.staffOnly() && p.number().equals(HsdsTestData.INTAKE_LINE));
    assertThat(kept.locations().get(0).location().confidential()).isTrue();
    assertThat(kept.locations().get(0).addresses().get(0).address1())
        .isEqualTo(HsdsTestData.SHELTER_STREET);
  }

  @Test
  void exportsBothLanguages() throws Exception {
    HsdsTestData data = HsdsTestData.load(hsdsImport, directory, dir, 1);
    Path french = dir.resolve("fr.json");
    Path english = dir.resolve("en.json");

    hsdsExport.export(french, ExportFormat.JSON, Lang.FR, only(data), null);
    hsdsExport.export(english, ExportFormat.JSON, Lang.EN, only(data), null);

    JsonNode fr = HsdsFixtures.read(french).get(0);
    JsonNode en = HsdsFixtures.read(english).get(0);
    assertThat(fr.get("name").stringValue()).isEqualTo(en.get("name_fr").stringValue());
    assertThat(en.get("name").stringValue()).isEqualTo(fr.get("name_en").stringValue());
    assertThat(fr.get("id")).isEqualTo(en.get("id"));
    assertThat(data.services).contains(UUID.fromString(fr.get("id").stringValue()));
  }

  @Test
  void ndjsonExportImportedUnderNewIdsAndExportedAgainGivesTheSameContentInBothLanguages()
      throws Exception {
    HsdsTestData data = HsdsTestData.load(hsdsImport, directory, dir, 3);
    Path french = dir.resolve("fr.ndjson");
    Path english = dir.resolve("en.ndjson");
    hsdsExport.export(french, ExportFormat.NDJSON, Lang.FR, only(data), null);
    hsdsExport.export(english, ExportFormat.NDJSON, Lang.EN, only(data), null);
    // every id renamed: the same records as an empty directory would receive them
    java.util.Map<String, String> renamed = new java.util.HashMap<>();
    Path copy =
        HsdsFixtures.write(
            dir, "copy.ndjson", HsdsFixtures.renameIds(Files.readString(french), renamed));

    ImportReport report = hsdsImport.run(copy, ImportOptions.of(Lang.FR, false, Lang.FR));

    assertThat(report.problems()).isEmpty();
    assertThat(report.created()).isEqualTo(3);
    assertThat(report.updated()).isZero();
    java.util.Map<String, String> back = new java.util.HashMap<>();
    renamed.forEach((original, copied) -> back.put(copied, original));
    UUID copiedOrganization = UUID.fromString(renamed.get(data.organizationId.toString()));
    for (Path original : List.of(french, english)) {
      Lang lang = original == french ? Lang.FR : Lang.EN;
      Path again = dir.resolve("again-" + lang.code() + ".ndjson");
      hsdsExport.export(
          again,
          ExportFormat.NDJSON,
          lang,
          new ServiceFilter(copiedOrganization, null, null, null, null),
          null);
      assertThat(sortedWithoutTimes(HsdsFixtures.renameIds(Files.readString(again), back)))
          .as(lang.code())
          .isEqualTo(sortedWithoutTimes(Files.readString(original)));
    }
  }

  /** NDJSON lines without modification times, in id order (new ids sort differently). */
  private static List<String> sortedWithoutTimes(String ndjson) {
    return ndjson
        .lines()
        .map(
            line -> {
              var service =
                  (tools.jackson.databind.node.ObjectNode) HsdsFixtures.JSON.readTree(line);
              service.remove("last_modified");
              return service.toString();
            })
        .sorted()
        .toList();
  }

  private static String withoutTimes(Path file) {
    JsonNode array = HsdsFixtures.read(file);
    array.forEach(s -> ((tools.jackson.databind.node.ObjectNode) s).remove("last_modified"));
    return array.toString();
  }
}
