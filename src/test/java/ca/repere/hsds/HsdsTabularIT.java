package ca.repere.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.Directory;
import ca.repere.directory.DirectoryQueries.ServiceFilter;
import ca.repere.shared.Lang;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.node.ObjectNode;

/** HSDS 3.0 Tabular Data Packages: CSV export, import of a folder or a zip, broken packages. */
@RepereApplicationTest
class HsdsTabularIT {

  @Autowired HsdsImport hsdsImport;
  @Autowired HsdsExport hsdsExport;
  @Autowired Directory directory;

  @TempDir Path dir;

  UUID organizationId;
  Path french;

  /** The official full example (every kind of detail), imported under fresh ids and exported. */
  @BeforeEach
  void exportTheOfficialExampleAsCsv() {
    ObjectNode example = HsdsFixtures.importableOfficialExample();
    inFrenchToo(example, "name", "description");
    inFrenchToo((ObjectNode) example.get("organization"), "name", "description");
    inFrenchToo((ObjectNode) example.get("program"), "name", "description");
    example
        .get("attributes")
        .forEach(a -> inFrenchToo((ObjectNode) a.get("taxonomy_term"), "name", "description"));
    organizationId = UUID.fromString(example.path("organization").path("id").asString());
    ImportReport report =
        hsdsImport.run(
            HsdsFixtures.write(dir, "example.json", List.of(example), false),
            ImportOptions.of(Lang.EN, false, Lang.EN));
    assertThat(report.problems()).isEmpty();
    french = dir.resolve("fr");
    hsdsExport.export(french, ExportFormat.CSV, Lang.FR, only(organizationId), null);
  }

  /**
   * Gives the fields HSDS requires a French version: without it, a French export falls back to the
   * English text, which a French import then takes as French.
   */
  private static void inFrenchToo(ObjectNode node, String... fields) {
    for (String field : fields) {
      node.put(field + "_fr", "FR " + node.path(field).asString());
    }
  }

  private static ServiceFilter only(UUID organization) {
    return new ServiceFilter(organization, null, null, null, null);
  }

  private ImportReport importPackage(Path path, Lang lang) {
    return hsdsImport.run(path, ImportOptions.of(lang, false, Lang.FR));
  }

  @Test
  void writesTheOfficialTablesWithEnglishInExtraColumns() throws IOException {
    assertThat(french.resolve("datapackage.json")).exists();
    List<String> services = Files.readAllLines(french.resolve("services.csv"));
    assertThat(services.get(0))
        .startsWith("id,organization_id,program_id,name,alternate_name,description,url,email")
        .contains(",name_en,");
    assertThat(services).hasSize(2);
    assertThat(french.resolve("service_at_location.csv")).exists();
    assertThat(french.resolve("locations.csv")).exists();
    assertThat(french.resolve("taxonomy_terms.csv")).exists();
    assertThat(Files.readString(french.resolve("datapackage.json"))).contains("\"name_en\"");
  }

  private static Path officialDescriptor() {
    return HsdsFixtures.hsdsDir().resolve("schema/3.0/datapackage.json");
  }

  @Test
  void theCsvExportOfTheWholePublishedDirectoryPassesTheOfficialDatapackageChecks() {
    Path whole = dir.resolve("whole");
    long count =
        hsdsExport.export(
            whole,
            ExportFormat.CSV,
            Lang.FR,
            new ServiceFilter(null, null, null, null, null),
            null);
    Path english = dir.resolve("whole-en");
    hsdsExport.export(
        english, ExportFormat.CSV, Lang.EN, new ServiceFilter(null, null, null, null, null), null);

    // the demo directory (hundreds of services) and whatever other tests published
    assertThat(count).isGreaterThan(100);
    assertThat(TabularPackageValidator.validate(whole, officialDescriptor())).isEmpty();
    assertThat(TabularPackageValidator.validate(english, officialDescriptor())).isEmpty();
    assertThat(TabularPackageValidator.validate(french, officialDescriptor())).isEmpty();
  }

  @Test
  void theDatapackageCheckFindsWhatAValidatorWouldReject() throws IOException {
    Path broken = HsdsFixtures.renameIds(french, dir.resolve("invalid"), new HashMap<>());
    editCell(broken.resolve("services.csv"), "status", "open");
    editCell(broken.resolve("organizations.csv"), "name", "");
    editCell(broken.resolve("locations.csv"), "latitude", "nord");
    editCell(
        broken.resolve("service_at_location.csv"), "location_id", UUID.randomUUID().toString());

    assertThat(TabularPackageValidator.validate(broken, officialDescriptor()))
        .anyMatch(e -> e.startsWith("services.csv line 2, status:"))
        .anyMatch(e -> e.startsWith("organizations.csv line 2, name: required"))
        .anyMatch(e -> e.startsWith("locations.csv line 2, latitude:"))
        .anyMatch(e -> e.startsWith("service_at_location.csv line 2, location_id:"));
  }

  @Test
  void exportImportIntoAnEmptyDirectoryAndExportGiveTheSameTablesInBothLanguages()
      throws IOException {
    Path english = dir.resolve("en");
    hsdsExport.export(english, ExportFormat.CSV, Lang.EN, only(organizationId), null);
    Map<String, String> renamed = new HashMap<>();
    Path copy = HsdsFixtures.renameIds(french, dir.resolve("copy"), renamed);
    long before = directory.countServices();

    ImportReport report = importPackage(copy, Lang.FR);

    assertThat(report.problems()).isEmpty();
    assertThat(report.created()).isEqualTo(1);
    assertThat(report.updated()).isZero();
    assertThat(directory.countServices()).isEqualTo(before + 1);
    Map<String, String> back =
        renamed.entrySet().stream()
            .collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey));
    UUID copiedOrganization = UUID.fromString(renamed.get(organizationId.toString()));
    for (Lang lang : List.of(Lang.FR, Lang.EN)) {
      Path again = dir.resolve("again-" + lang.code());
      hsdsExport.export(again, ExportFormat.CSV, lang, only(copiedOrganization), null);
      Path original = lang == Lang.FR ? french : english;
      assertThat(tables(again, back)).isEqualTo(tables(original, Map.of()));
    }
  }

  @Test
  void importsAZippedPackageAndUpdatesWhenImportedAgain() throws IOException {
    Path copy = HsdsFixtures.renameIds(french, dir.resolve("zipped"), new HashMap<>());
    Path zip = dir.resolve("package.zip");
    try (ZipOutputStream out = new ZipOutputStream(Files.newOutputStream(zip))) {
      for (Path file : Files.list(copy).toList()) {
        out.putNextEntry(new ZipEntry("data/" + file.getFileName()));
        out.write(Files.readAllBytes(file));
        out.closeEntry();
      }
    }

    ImportReport first = importPackage(zip, Lang.FR);
    ImportReport second = importPackage(zip, Lang.FR);

    assertThat(first.problems()).isEmpty();
    assertThat(first.created()).isEqualTo(1);
    assertThat(second.created()).isZero();
    assertThat(second.updated()).isEqualTo(1);
  }

  @Test
  void reportsEveryProblemOfABrokenPackageAtItsFileLineAndColumnAndImportsNothing()
      throws IOException {
    Path broken = HsdsFixtures.renameIds(french, dir.resolve("broken"), new HashMap<>());
    replaceLine(broken.resolve("services.csv"), 0, l -> l.replace(",name,", ",nom,"));
    replaceLine(broken.resolve("locations.csv"), 1, l -> l.replace("49.22", "100"));
    replaceLine(
        broken.resolve("phones.csv"), 1, l -> l.replaceFirst(",(\\d+),voice", ",douze,voice"));
    long before = directory.countServices();

    ImportReport report = importPackage(broken, Lang.FR);

    assertThat(report.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::pointer)
        .contains(tuple("services.csv", 1L, "nom"), tuple("phones.csv", 2L, "extension"));
    assertThat(report.problems().get(0).message()).contains("Colonne inconnue « nom »");
    assertThat(directory.countServices()).isEqualTo(before);
  }

  @Test
  void reportsAValueOfANestedRowAtThatRow() throws IOException {
    Path broken = HsdsFixtures.renameIds(french, dir.resolve("latitude"), new HashMap<>());
    replaceLine(broken.resolve("locations.csv"), 1, l -> l.replace("49.22", "100"));

    ImportReport report = importPackage(broken, Lang.FR);

    assertThat(report.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::pointer)
        .contains(tuple("locations.csv", 2L, "latitude"));
    assertThat(report.written()).isFalse();
  }

  @Test
  void reportsALocationNamingAnUnknownOrganizationAtItsRowInTheUsersLanguageAndImportsNothing()
      throws IOException {
    Path broken = HsdsFixtures.renameIds(french, dir.resolve("organization"), new HashMap<>());
    String unknown = UUID.randomUUID().toString();
    editCell(broken.resolve("locations.csv"), "organization_id", unknown);
    long before = directory.countServices();

    ImportReport report = hsdsImport.run(broken, ImportOptions.of(Lang.FR, false, Lang.EN));

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.file()).isEqualTo("locations.csv");
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.pointer()).isEqualTo("organization_id");
              assertThat(p.message())
                  .isEqualTo(
                      "Unknown reference: organization "
                          + unknown
                          + " is neither in the import nor in the directory");
            });
    assertThat(report.written()).isFalse();
    assertThat(directory.countServices()).isEqualTo(before);
  }

  @Test
  void reportsEachLatin1LineOfACsvFile() throws IOException {
    Path broken = HsdsFixtures.renameIds(french, dir.resolve("latin1"), new HashMap<>());
    Path services = broken.resolve("services.csv");
    Files.write(services, Files.readString(services).getBytes(StandardCharsets.ISO_8859_1));

    ImportReport report = importPackage(broken, Lang.FR);

    assertThat(report.problems())
        .extracting(ImportProblem::file, ImportProblem::line)
        .containsExactly(tuple("services.csv", 2L));
    assertThat(report.problems().get(0).message()).contains("UTF-8");
  }

  @Test
  void reportsBadUuidsUnknownIdsMissingNamesAndHugeTextsAtTheirRowsAndImportsNothing()
      throws IOException {
    Path broken = HsdsFixtures.renameIds(french, dir.resolve("many"), new HashMap<>());
    editCell(broken.resolve("services.csv"), "name", "");
    editCell(broken.resolve("services.csv"), "description", "x".repeat(10_000_000));
    editCell(broken.resolve("phones.csv"), "id", "pas-un-uuid");
    editCell(
        broken.resolve("service_at_location.csv"), "location_id", UUID.randomUUID().toString());
    long before = directory.countServices();

    ImportReport report = importPackage(broken, Lang.FR);

    assertThat(report.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::pointer)
        .contains(
            tuple("services.csv", 2L, "name"),
            tuple("services.csv", 2L, "description"),
            tuple("phones.csv", 2L, "id"),
            tuple("service_at_location.csv", 2L, "location_id"));
    assertThat(report.problems())
        .extracting(ImportProblem::message)
        .anyMatch(m -> m.contains("trop long"))
        .anyMatch(m -> m.contains("UUID"))
        .anyMatch(m -> m.contains("Référence inconnue"));
    assertThat(directory.countServices()).isEqualTo(before);
  }

  /** Sets a column of the first row of a CSV file. */
  private static void editCell(Path file, String column, String value) throws IOException {
    org.apache.commons.csv.CSVFormat format =
        org.apache.commons.csv.CSVFormat.DEFAULT
            .builder()
            .setHeader()
            .setSkipHeaderRecord(true)
            .get();
    List<String> header;
    List<List<String>> rows = new java.util.ArrayList<>();
    try (var parser =
        org.apache.commons.csv.CSVParser.parse(file, StandardCharsets.UTF_8, format)) {
      header = parser.getHeaderNames();
      parser.forEach(r -> rows.add(new java.util.ArrayList<>(r.toList())));
    }
    rows.get(0).set(header.indexOf(column), value);
    try (var printer =
        new org.apache.commons.csv.CSVPrinter(
            Files.newBufferedWriter(file), org.apache.commons.csv.CSVFormat.DEFAULT)) {
      printer.printRecord(header);
      for (List<String> row : rows) {
        printer.printRecord(row);
      }
    }
  }

  private static void replaceLine(
      Path file, int index, java.util.function.UnaryOperator<String> change) throws IOException {
    List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
    String changed = change.apply(lines.get(index));
    assertThat(changed).as("test set-up changes %s", file).isNotEqualTo(lines.get(index));
    lines.set(index, changed);
    Files.write(file, lines);
  }

  /** Every CSV of a package, ids mapped back, without the modification times. */
  private static Map<String, String> tables(Path folder, Map<String, String> ids)
      throws IOException {
    Map<String, String> tables = new TreeMap<>();
    for (Path file : Files.list(folder).filter(f -> f.toString().endsWith(".csv")).toList()) {
      String text = Files.readString(file);
      if (!ids.isEmpty()) {
        text = HsdsFixtures.renameIds(text, new HashMap<>(ids));
      }
      if (file.endsWith("attributes.csv")) {
        // attributes have no stored id: Repère derives one from the service and the term
        text =
            text.lines()
                .map(l -> l.substring(l.indexOf(',') + 1))
                .collect(Collectors.joining("\n"));
      }
      tables.put(file.getFileName().toString(), withoutLastModified(text));
    }
    return tables;
  }

  private static String withoutLastModified(String csv) {
    return csv.replaceAll("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}(\\.\\d+)?Z", "");
  }
}
