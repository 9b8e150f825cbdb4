package ca.repere.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.DirectoryQueries.ServiceFilter;
import ca.repere.directory.History;
import ca.repere.shared.Lang;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

@RepereApplicationTest
class HsdsImportIT {

  @Autowired HsdsImport hsdsImport;
  @Autowired HsdsExport hsdsExport;
  @Autowired Directory directory;
  @Autowired ca.repere.directory.DirectoryQueries queries;

  @TempDir Path dir;

  private ImportReport run(Path file, Lang lang, boolean dryRun) {
    return hsdsImport.run(file, ImportOptions.of(lang, dryRun, Lang.FR));
  }

  /** The official example is realistic except for its latitude (100) and unknown parents. */
  private static ObjectNode importableOfficialExample() {
    ObjectNode example = HsdsFixtures.officialExample();
    ObjectNode location = (ObjectNode) example.at("/service_at_locations/0/location");
    location.put("latitude", 49.22);
    location.put("longitude", -65.81);
    ((ObjectNode) example.get("organization")).remove("parent_organization_id");
    example
        .get("attributes")
        .forEach(a -> ((ObjectNode) a.get("taxonomy_term")).remove("parent_id"));
    return example;
  }

  private ArrayNode export(UUID organizationId, Lang lang) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    hsdsExport.export(
        out,
        ExportFormat.JSON,
        lang,
        new ServiceFilter(organizationId, null, null, null, null),
        null);
    return (ArrayNode) HsdsFixtures.JSON.readTree(out.toString(StandardCharsets.UTF_8));
  }

  @Test
  void rejectsTheOfficialExampleForItsImpossibleCoordinatesAndUnknownParentWritingNothing() {
    Path file = HsdsFixtures.hsdsDir().resolve("examples/3.0/service_full.json");
    long before = directory.countServices();

    ImportReport report = run(file, Lang.EN, false);

    assertThat(report.ok()).isFalse();
    assertThat(report.problems())
        .extracting(ImportProblem::file, ImportProblem::line, ImportProblem::pointer)
        .contains(
            org.assertj.core.groups.Tuple.tuple(
                "service_full.json", 1L, "/service_at_locations/0/location/latitude"),
            org.assertj.core.groups.Tuple.tuple(
                "service_full.json", 1L, "/organization/parent_organization_id"),
            org.assertj.core.groups.Tuple.tuple(
                "service_full.json", 1L, "/attributes/0/taxonomy_term/parent_id"));
    assertThat(report.problems().get(0).message()).contains("hors limites");
    assertThat(directory.countServices()).isEqualTo(before);
  }

  @Test
  void theOfficialExampleRoundTripsThroughImportAndExport() {
    ObjectNode example = importableOfficialExample();
    Path file = HsdsFixtures.write(dir, "example.json", List.of(example), false);

    ImportReport report = run(file, Lang.EN, false);

    assertThat(report.problems()).isEmpty();
    assertThat(report.created()).isEqualTo(1);
    UUID organizationId = UUID.fromString(example.at("/organization/id").stringValue());
    ArrayNode exported = export(organizationId, Lang.EN);
    assertThat(exported).hasSize(1);
    JsonNode service = exported.get(0);
    for (String field :
        List.of(
            "id",
            "name",
            "alternate_name",
            "description",
            "url",
            "email",
            "status",
            "interpretation_services",
            "application_process",
            "fees_description",
            "wait_time",
            "accreditations",
            "eligibility_description",
            "minimum_age",
            "maximum_age",
            "assured_date",
            "assurer_email",
            "licenses",
            "alert")) {
      // text is stored without surrounding spaces
      assertThat(service.get(field).asString().strip())
          .as(field)
          .isEqualTo(example.get(field).asString().strip());
    }
    assertThat(service.at("/phones/0/number")).isEqualTo(example.at("/phones/0/number"));
    assertThat(service.at("/schedules/0/byday")).isEqualTo(example.at("/schedules/0/byday"));
    assertThat(service.at("/service_at_locations/0/location/addresses/0/address_1"))
        .isEqualTo(example.at("/service_at_locations/0/location/addresses/0/address_1"));
    assertThat(service.at("/service_at_locations/0/location/latitude").asDouble()).isEqualTo(49.22);
    assertThat(service.at("/languages/0/code").stringValue()).isEqualTo("ur");
    assertThat(service.at("/organization/name")).isEqualTo(example.at("/organization/name"));

    // exported again after re-importing our own export: the same content, by id, no duplicate
    Path again = HsdsFixtures.write(dir, "again.json", List.of(exported.get(0)), false);
    ImportReport second = run(again, Lang.EN, false);
    assertThat(second.problems()).isEmpty();
    assertThat(second.created()).isZero();
    assertThat(second.updated()).isEqualTo(1);
    ArrayNode reExported = export(organizationId, Lang.EN);
    ((ObjectNode) exported.get(0)).remove("last_modified");
    ((ObjectNode) reExported.get(0)).remove("last_modified");
    assertThat(reExported).isEqualTo(exported);
  }

  @Test
  void englishDataFillsTheEnglishColumnsAndFrenchExportsCarryItInExtensions() {
    UUID id = UUID.randomUUID();
    ObjectNode service = HsdsFixtures.service(id, UUID.randomUUID(), "Food bank");
    service.remove("name_en");
    service.put("name_fr", "Banque alimentaire");
    Path file = HsdsFixtures.write(dir, "en.ndjson", List.of(service), true);

    assertThat(run(file, Lang.EN, false).problems()).isEmpty();

    CompiledService saved = directory.service(id).orElseThrow();
    assertThat(saved.service().name().en()).isEqualTo("Food bank");
    assertThat(saved.service().name().fr()).isEqualTo("Banque alimentaire");
    JsonNode french = export(saved.organization().id(), Lang.FR).get(0);
    assertThat(french.get("name").stringValue()).isEqualTo("Banque alimentaire");
    assertThat(french.get("name_en").stringValue()).isEqualTo("Food bank");
  }

  @Test
  void reportsEveryBrokenRecordWithFileLineAndFieldAndWritesNothing() {
    UUID unknownOrganization = UUID.randomUUID();
    ObjectNode good = HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Valide");
    ObjectNode unknownReference =
        HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Orphelin");
    unknownReference.remove("organization");
    unknownReference.put("organization_id", unknownOrganization.toString());
    ObjectNode noName = HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Sans nom");
    noName.remove("name");
    ObjectNode badUuid = HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Mauvais id");
    ((ObjectNode) badUuid.at("/phones/0")).put("id", "pas-un-uuid");
    ObjectNode wrongType = HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Âge");
    wrongType.put("minimum_age", "douze");
    String text =
        HsdsFixtures.JSON.writeValueAsString(good)
            + "\n{\"id\": \"broken\", \"name\": \n"
            + HsdsFixtures.JSON.writeValueAsString(unknownReference)
            + "\n"
            + HsdsFixtures.JSON.writeValueAsString(noName)
            + "\n"
            + HsdsFixtures.JSON.writeValueAsString(badUuid)
            + "\n"
            + HsdsFixtures.JSON.writeValueAsString(wrongType)
            + "\n";
    Path file = HsdsFixtures.write(dir, "broken.ndjson", text);
    long before = directory.countServices();

    ImportReport report = run(file, Lang.FR, false);

    assertThat(report.problems())
        .extracting(ImportProblem::line, ImportProblem::pointer)
        .contains(
            org.assertj.core.groups.Tuple.tuple(2L, ""),
            org.assertj.core.groups.Tuple.tuple(3L, "/organization_id"),
            org.assertj.core.groups.Tuple.tuple(4L, "/name"),
            org.assertj.core.groups.Tuple.tuple(5L, "/phones/0/id"),
            org.assertj.core.groups.Tuple.tuple(6L, "/minimum_age"));
    assertThat(report.problems()).allMatch(p -> p.file().equals("broken.ndjson"));
    assertThat(report.problems())
        .filteredOn(p -> p.line() == 3)
        .extracting(ImportProblem::message)
        .anyMatch(
            m -> m.contains("Référence inconnue") && m.contains(unknownOrganization.toString()));
    assertThat(directory.countServices()).isEqualTo(before);
    assertThat(directory.service(UUID.fromString(good.get("id").stringValue()))).isEmpty();
  }

  @Test
  void reportsBadJsonInAnArrayAtItsLine() {
    String text = "[\n  {\"id\": \"a\",\n   \"name\": \"x\"\n  },\n  {\"id\": oops}\n]\n";
    Path file = HsdsFixtures.write(dir, "bad.json", text);

    ImportReport report = run(file, Lang.FR, false);

    assertThat(report.problems())
        .anySatisfy(
            p -> {
              assertThat(p.line()).isEqualTo(5);
              assertThat(p.message()).startsWith("JSON invalide");
            });
  }

  @Test
  void reportsLatin1TextAsNotUtf8OnItsLine() throws Exception {
    ObjectNode good = HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Bon");
    ObjectNode latin = HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Café");
    Path file = dir.resolve("latin1.ndjson");
    Files.write(
        file, (HsdsFixtures.JSON.writeValueAsString(good) + "\n").getBytes(StandardCharsets.UTF_8));
    Files.write(
        file,
        (HsdsFixtures.JSON.writeValueAsString(latin) + "\n").getBytes(StandardCharsets.ISO_8859_1),
        java.nio.file.StandardOpenOption.APPEND);

    ImportReport report = run(file, Lang.FR, false);

    assertThat(report.problems())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.line()).isEqualTo(2);
              assertThat(p.message()).contains("UTF-8");
            });
    assertThat(directory.service(UUID.fromString(good.get("id").stringValue()))).isEmpty();
  }

  @Test
  void rejectsATenMegabyteString() {
    ObjectNode huge = HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Énorme");
    huge.put("description", "x".repeat(10_000_000));
    Path file = HsdsFixtures.write(dir, "huge.ndjson", List.of(huge), true);

    ImportReport report = run(file, Lang.FR, false);

    assertThat(report.problems())
        .extracting(ImportProblem::pointer)
        .containsExactly("/description");
  }

  @Test
  void reportsInTheUsersLanguage() {
    ObjectNode noName = HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "x");
    noName.put("name", "");
    noName.remove("name_en");
    Path file = HsdsFixtures.write(dir, "empty-name.ndjson", List.of(noName), true);

    ImportReport report = hsdsImport.run(file, ImportOptions.of(Lang.FR, false, Lang.EN));

    assertThat(report.problems())
        .extracting(ImportProblem::message)
        .contains("Required field is empty");
  }

  @Test
  void aDryRunValidatesButChangesNothing() {
    UUID id = UUID.randomUUID();
    Path file =
        HsdsFixtures.write(
            dir, "dry.ndjson", List.of(HsdsFixtures.service(id, UUID.randomUUID(), "Essai")), true);

    ImportReport report = run(file, Lang.FR, true);

    assertThat(report.ok()).isTrue();
    assertThat(report.services()).isEqualTo(1);
    assertThat(report.written()).isFalse();
    assertThat(directory.service(id)).isEmpty();
  }

  @Test
  void reImportingUpdatesByIdAndRecordsTheHistory() {
    UUID id = UUID.randomUUID();
    UUID organizationId = UUID.randomUUID();
    ObjectNode service = HsdsFixtures.service(id, organizationId, "Halte-garderie");
    Path first = HsdsFixtures.write(dir, "v1.ndjson", List.of(service), true);
    assertThat(run(first, Lang.FR, false).created()).isEqualTo(1);
    long count = directory.countServices();

    service.put("description", "Nouvelle description");
    Path second = HsdsFixtures.write(dir, "v2.ndjson", List.of(service), true);
    ImportReport report = run(second, Lang.FR, false);

    assertThat(report.updated()).isEqualTo(1);
    assertThat(directory.countServices()).isEqualTo(count);
    assertThat(directory.service(id).orElseThrow().service().description().fr())
        .isEqualTo("Nouvelle description");
    assertThat(directory.history(id))
        .extracting(History.Entry::field, History.Entry::after)
        .contains(org.assertj.core.groups.Tuple.tuple("description_fr", "Nouvelle description"));
  }

  @Test
  void listsServiceAreaNamesItCouldNotResolve() {
    Path file =
        HsdsFixtures.write(
            dir,
            "areas.ndjson",
            List.of(HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Zone")),
            true);

    ImportReport report = run(file, Lang.FR, true);

    assertThat(report.unresolvedAreas()).contains("Nulle-Part-sur-Mer");
  }

  @Test
  void importsOrganizationsWithNestedServices() {
    UUID organizationId = UUID.randomUUID();
    ObjectNode organization = HsdsFixtures.JSON.createObjectNode();
    organization.put("id", organizationId.toString());
    organization.put("name", "Centre communautaire");
    organization.put("description", "Aide de quartier");
    ArrayNode services = organization.putArray("services");
    for (String name : List.of("Friperie", "Cuisine collective")) {
      ObjectNode service = HsdsFixtures.service(UUID.randomUUID(), organizationId, name);
      service.remove("organization");
      services.add(service);
    }
    Path file = HsdsFixtures.write(dir, "organization.json", List.of(organization), false);

    ImportReport report = run(file, Lang.FR, false);

    assertThat(report.problems()).isEmpty();
    assertThat(report.created()).isEqualTo(2);
    assertThat(directory.serviceIdsOfOrganization(organizationId)).hasSize(2);
  }

  @Test
  void resolvesServiceAreaNamesToTerritories() {
    UUID id = UUID.randomUUID();
    ObjectNode service = HsdsFixtures.service(id, UUID.randomUUID(), "Partout");
    ((ObjectNode) service.at("/service_areas/0")).put("name", "Tout le Québec");
    Path file = HsdsFixtures.write(dir, "province.ndjson", List.of(service), true);

    ImportReport report = run(file, Lang.FR, false);

    assertThat(report.unresolvedAreas()).isEmpty();
    assertThat(directory.service(id).orElseThrow().serviceAreas())
        .extracting(ca.repere.directory.ServiceArea::territory)
        .containsExactly("qc");
  }

  @Test
  void mapsExternalTaxonomyTermsThroughTheCrosswalkAndReportsCoverage() {
    UUID taxonomyId = UUID.randomUUID();
    ObjectNode service = HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Comptoir");
    ArrayNode attributes = service.putArray("attributes");
    UUID known = UUID.randomUUID();
    for (String[] term :
        new String[][] {{known.toString(), "BD-1800"}, {UUID.randomUUID().toString(), "ZZ-0000"}}) {
      ObjectNode attribute = attributes.addObject();
      attribute.put("id", UUID.randomUUID().toString());
      ObjectNode taxonomyTerm = attribute.putObject("taxonomy_term");
      taxonomyTerm.put("id", term[0]);
      taxonomyTerm.put("code", term[1]);
      taxonomyTerm.put("name", "Terme " + term[1]);
      taxonomyTerm.put("description", "Un terme AIRS");
      ObjectNode detail = taxonomyTerm.putObject("taxonomy_detail");
      detail.put("id", taxonomyId.toString());
      detail.put("name", "AIRS/211 Taxonomy " + taxonomyId);
      detail.put("description", "211 LA County");
    }
    Path file = HsdsFixtures.write(dir, "airs.ndjson", List.of(service), true);

    ImportReport report = run(file, Lang.FR, false);

    assertThat(report.problems()).isEmpty();
    assertThat(report.taxonomyCoverage())
        .containsExactly(new TaxonomyCoverage("AIRS/211 Taxonomy " + taxonomyId, 2, 1));
    assertThat(queries.taxonomyTerms(List.of(known)).get(0).repereCode()).isEqualTo("ALIM-BANQ");
    assertThat(
            directory
                .service(UUID.fromString(service.get("id").stringValue()))
                .orElseThrow()
                .categories())
        .hasSize(2);
  }
}
