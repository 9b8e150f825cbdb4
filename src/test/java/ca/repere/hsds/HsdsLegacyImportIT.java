package ca.repere.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.DirectoryQueries;
import ca.repere.directory.DirectoryQueries.ServiceFilter;
import ca.repere.directory.Language;
import ca.repere.directory.Lifecycle;
import ca.repere.directory.Located;
import ca.repere.directory.Organization;
import ca.repere.directory.Phone;
import ca.repere.directory.ServiceArea;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.shared.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import java.util.function.BiConsumer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * HSDS 1.1 packages (Open211 Miami, ILAO) and the legacy Ohana export (San Mateo), read in place
 * from the HSDS folder. Miami and San Mateo are imported for real, twice, in a transaction rolled
 * back once checked (they are not ours to keep); ILAO is validated (dry run). Small packages of our
 * own are written for the rules the real ones showed.
 */
@RepereApplicationTest
class HsdsLegacyImportIT {

  private static final String MIAMI = "open211-miami-hsds1.1";

  @Autowired HsdsImport hsdsImport;
  @Autowired Directory directory;
  @Autowired DirectoryQueries queries;
  @Autowired TransactionTemplate transaction;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path dir;

  private ImportReport dryRun(String dataset) {
    Path path = HsdsFixtures.hsdsDir().resolve("datasets/" + dataset);
    return hsdsImport.run(path, ImportOptions.of(Lang.EN, true, Lang.EN));
  }

  /**
   * Imports a real dataset twice (the second import updates what the first created) in one
   * transaction, rolled back once checked: the data are not ours to keep, and thousands of US
   * services would skew the tests that measure search on the demo data. The checks PostgreSQL
   * defers to the commit are made before the rollback.
   */
  private void importTwiceThenRollBack(
      String dataset, BiConsumer<ImportReport, ImportReport> check) {
    Path path = HsdsFixtures.hsdsDir().resolve("datasets/" + dataset);
    transaction.executeWithoutResult(
        status -> {
          status.setRollbackOnly();
          ImportReport first = hsdsImport.run(path, ImportOptions.of(Lang.EN, false, Lang.EN));
          ImportReport second = hsdsImport.run(path, ImportOptions.of(Lang.EN, false, Lang.EN));
          jdbc.execute("SET CONSTRAINTS ALL IMMEDIATE");
          check.accept(first, second);
        });
  }

  private long rows(String table) {
    return jdbc.queryForObject("SELECT count(*) FROM directory." + table, Long.class);
  }

  @Test
  void importsTheMiami11PackageTwiceWithEachLocationUnderAnOrganizationItImports() {
    long phones = rows("phone");
    long languages = rows("language");
    importTwiceThenRollBack(
        MIAMI,
        (first, second) -> {
          assertThat(first.problems()).isEmpty();
          // 447 services name one of 82 organizations missing from organizations.csv: drafts
          assertThat(first.created()).isEqualTo(4089);
          assertThat(first.drafts()).hasSize(82);
          assertThat(first.skipped())
              .extracting(ImportProblem::file)
              .contains("physical_addresses.csv", "phones.csv")
              .doesNotContain("services.csv");
          assertThat(first.taxonomyCoverage())
              .singleElement()
              .satisfies(
                  c -> {
                    assertThat(c.taxonomy()).isEqualTo("Open211 Miami - AIRS");
                    assertThat(c.terms()).isGreaterThan(1000);
                    assertThat(c.mapped()).isPositive().isLessThanOrEqualTo(c.terms());
                  });
          assertThat(second.problems()).isEmpty();
          assertThat(second.created()).isZero();
          assertThat(second.updated()).isEqualTo(4089);
          // location 144 names itself as its organization, which is nowhere: it lies under the
          // organization of its service (143)
          UUID organization = legacyId(MIAMI, "organization", "143");
          CompiledService service =
              directory.service(legacyId(MIAMI, "service", "144")).orElseThrow();
          assertThat(service.service().organizationId()).isEqualTo(organization);
          assertThat(service.locations())
              .singleElement()
              .satisfies(l -> assertThat(l.location().organizationId()).isEqualTo(organization));
          // languages.csv gives the three languages of service 144 the same id: all three kept
          assertThat(service.languages())
              .extracting(Language::name)
              .containsExactlyInAnyOrder("English", "Spanish", "Creole");
          // every row once: 4,089 phones less 22 without number; all 9,364 languages
          assertThat(rows("phone") - phones).isEqualTo(4067);
          assertThat(rows("language") - languages).isEqualTo(9364);
        });
  }

  @Test
  void readsTheIllinoisLegalAid11OutputWhichHasNoServicesAtLocationTable() {
    ImportReport report = dryRun("ilao-illinois-legal-aid/output-hsds1.1");

    assertThat(report.problems()).isEmpty();
    // 341 of the 430 services name one of 125 organizations the extract does not describe: kept;
    // the last row has neither id nor name: left out
    assertThat(report.services()).isEqualTo(429);
    assertThat(report.skipped())
        .filteredOn(p -> p.file().equals("services.csv"))
        .singleElement()
        .satisfies(p -> assertThat(p.pointer()).isEqualTo("name"));
    assertThat(report.drafts())
        .hasSize(125)
        .allSatisfy(
            d -> {
              assertThat(d.file()).isEqualTo("locations.csv");
              assertThat(d.line()).isGreaterThan(1);
              assertThat(d.pointer()).isEqualTo("organization_id");
            })
        .extracting(ImportProblem::message)
        .contains(
            "Organization missing from organizations.csv, created as a draft named"
                + " \"Vienna Carnegie Library\" after its locations (1)");
  }

  @Test
  void anOrganizationThePackageOnlyNamesBecomesADraftSoItsServicesAreKeptButNotPublic()
      throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Path folder = dir.resolve("partial-" + suffix);
    Files.createDirectories(folder);
    write(folder, "organizations.csv", "id,name,description\n1,Décrit " + suffix + ",Décrit\n");
    write(
        folder,
        "services.csv",
        "id,organization_id,name,description\n"
            + "10,1,Service décrit "
            + suffix
            + ",Aide\n"
            + "11,7,Clinique juridique "
            + suffix
            + ",Conseils\n"
            + "12,8,Sans trace "
            + suffix
            + ",Rien\n");
    write(
        folder,
        "locations.csv",
        "id,organization_id,name\n20,1,Local\n21,7,Bibliothèque de Gaspé\n22,7,Palais de justice\n");

    ImportReport report = hsdsImport.run(folder, ImportOptions.of(Lang.FR, false, Lang.FR));

    assertThat(report.problems()).isEmpty();
    assertThat(report.created()).isEqualTo(2);
    assertThat(report.drafts())
        .singleElement()
        .satisfies(
            d -> {
              assertThat(d.file()).isEqualTo("locations.csv");
              assertThat(d.line()).isEqualTo(3);
              assertThat(d.pointer()).isEqualTo("organization_id");
              assertThat(d.message())
                  .contains("créé en brouillon", "Bibliothèque de Gaspé / Palais de justice");
            });
    // organization 8 is named by its service only: nothing to build a draft from, left out
    assertThat(report.skipped()).singleElement().satisfies(s -> assertThat(s.line()).isEqualTo(4));
    UUID draftId = legacyId(folder, "organization", "7");
    Organization draft = directory.organization(draftId).orElseThrow();
    assertThat(draft.lifecycle()).isEqualTo(Lifecycle.DRAFT);
    assertThat(draft.name().in(Lang.FR)).isEqualTo("Bibliothèque de Gaspé / Palais de justice");
    CompiledService kept = directory.service(legacyId(folder, "service", "11")).orElseThrow();
    assertThat(kept.locations()).hasSize(2);
    assertThat(queries.countPublishedServices(new ServiceFilter(draftId, null, null, null, null)))
        .isZero();
    assertThat(
            queries.countPublishedServices(
                new ServiceFilter(legacyId(folder, "organization", "1"), null, null, null, null)))
        .isEqualTo(1);

    // the same package again: the draft is updated by id, not duplicated, and stays a draft
    ImportReport again = hsdsImport.run(folder, ImportOptions.of(Lang.FR, false, Lang.FR));
    assertThat(again.created()).isZero();
    assertThat(again.updated()).isEqualTo(2);
    assertThat(directory.organization(draftId).orElseThrow().lifecycle())
        .isEqualTo(Lifecycle.DRAFT);
  }

  @Test
  void aLocationNamingAnOrganizationThePackageDoesNotImportLiesUnderItsServicesOrganization()
      throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Path folder = dir.resolve("locations-" + suffix);
    Files.createDirectories(folder);
    write(
        folder,
        "organizations.csv",
        "id,name,description\n1,Entraide " + suffix + ",Aide\n3,Sans service,Rien\n");
    write(
        folder,
        "services.csv",
        "id,organization_id,name,description\n10,1,Comptoir " + suffix + ",Dépannage\n");
    // 20 names itself, as Miami's locations do; 21 names an organization no service brings in
    write(folder, "locations.csv", "id,organization_id,name\n20,20,Local\n21,3,Annexe\n");
    write(folder, "services_at_location.csv", "id,service_id,location_id\n30,10,20\n31,10,21\n");

    ImportReport first = hsdsImport.run(folder, ImportOptions.of(Lang.FR, false, Lang.FR));
    ImportReport second = hsdsImport.run(folder, ImportOptions.of(Lang.FR, false, Lang.FR));

    assertThat(first.problems()).isEmpty();
    assertThat(first.created()).isEqualTo(1);
    assertThat(second.updated()).isEqualTo(1);
    UUID organization = legacyId(folder, "organization", "1");
    assertThat(directory.service(legacyId(folder, "service", "10")).orElseThrow().locations())
        .hasSize(2)
        .allSatisfy(l -> assertThat(l.location().organizationId()).isEqualTo(organization));
    assertThat(directory.organization(legacyId(folder, "organization", "3"))).isEmpty();
  }

  @Test
  void aLocationMayNameAnOrganizationThatALaterBatchOfServicesBrings() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Path folder = dir.resolve("batches-" + suffix);
    Files.createDirectories(folder);
    write(
        folder,
        "organizations.csv",
        "id,name,description\n1,Entraide " + suffix + ",Aide\n2,Maison " + suffix + ",Accueil\n");
    // 201 services of organization 1 fill the first batch (200) and a bit; the one of 2 comes last
    StringBuilder services = new StringBuilder("id,organization_id,name,description\n");
    for (int i = 10; i <= 210; i++) {
      services
          .append(i)
          .append(",1,Service ")
          .append(i)
          .append(' ')
          .append(suffix)
          .append(",Aide\n");
    }
    services.append("211,2,Halte ").append(suffix).append(",Accueil\n");
    write(folder, "services.csv", services.toString());
    // the location of service 10 (first batch) belongs to organization 2 (second batch)
    write(folder, "locations.csv", "id,organization_id,name\n20,2,Maison de quartier\n");
    write(folder, "services_at_location.csv", "id,service_id,location_id\n30,10,20\n");

    ImportReport first = hsdsImport.run(folder, ImportOptions.of(Lang.FR, false, Lang.FR));
    ImportReport second = hsdsImport.run(folder, ImportOptions.of(Lang.FR, false, Lang.FR));

    assertThat(first.problems()).isEmpty();
    assertThat(first.created()).isEqualTo(202);
    assertThat(second.updated()).isEqualTo(202);
    assertThat(directory.service(legacyId(folder, "service", "10")).orElseThrow().locations())
        .singleElement()
        .satisfies(
            l ->
                assertThat(l.location().organizationId())
                    .isEqualTo(legacyId(folder, "organization", "2")));
  }

  @Test
  void anOhanaLocationListingANumberTwiceKeepsEachPhoneOnceUnderAnIdOfItsOwn() throws Exception {
    long base = java.util.concurrent.ThreadLocalRandom.current().nextLong(1_000_000, 1_000_000_000);
    Path folder = dir.resolve("ohana-" + base);
    Files.createDirectories(folder);
    write(folder, "organizations.json", "{\"_id\":1,\"id\":" + base + ",\"name\":\"Entraide\"}");
    write(
        folder,
        "locations.json",
        "{\"_id\":2,\"id\":"
            + base
            + ",\"organization_id\":"
            + base
            + ",\"name\":\"Local\",\"languages\":[\"French\",\"French\"],\"phones_attributes\":["
            + "{\"number\":\"418 555-0100\",\"department\":\"Accueil\"},"
            + "{\"number\":\"418 555-0100\",\"department\":\"Aide\",\"extension\":\"12\"},"
            + "{\"number\":\"418 555-0100\",\"number_type\":\"TTY\"}],"
            + "\"faxes_attributes\":[{\"number\":\"418 555-0100\"}]}");
    // two services at that location: it is written once, with its phones
    write(
        folder,
        "services.json",
        "{\"_id\":3,\"id\":"
            + base
            + ",\"location_id\":"
            + base
            + ",\"name\":\"Comptoir\",\"service_areas\":[\"Gaspé\",\"Gaspé\"]}\n"
            + "{\"_id\":4,\"id\":"
            + (base + 1)
            + ",\"location_id\":"
            + base
            + ",\"name\":\"Friperie\"}");
    write(folder, "open_eligibility_taxonomy_oe.json", "{\"taxonomy\":{\"top_level\":[]}}");

    ImportReport first = hsdsImport.run(folder, ImportOptions.of(Lang.EN, false, Lang.EN));
    ImportReport second = hsdsImport.run(folder, ImportOptions.of(Lang.EN, false, Lang.EN));

    assertThat(first.problems()).isEmpty();
    assertThat(first.created()).isEqualTo(2);
    assertThat(second.updated()).isEqualTo(2);
    CompiledService service = directory.service(ohanaId("service", "" + base)).orElseThrow();
    Located located = service.locations().get(0);
    assertThat(located.phones())
        .extracting(Phone::number, Phone::type, Phone::extension, p -> p.description().en())
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple("418 555-0100", null, null, "Accueil"),
            org.assertj.core.groups.Tuple.tuple("418 555-0100", null, "12", "Aide"),
            org.assertj.core.groups.Tuple.tuple("418 555-0100", "textphone", null, null),
            org.assertj.core.groups.Tuple.tuple("418 555-0100", "fax", null, null));
    assertThat(located.phones()).extracting(Phone::id).doesNotHaveDuplicates();
    // a name listed twice is one language, one area
    assertThat(located.languages()).extracting(Language::name).containsExactly("French");
    assertThat(service.serviceAreas()).extracting(ServiceArea::name).containsExactly("Gaspé");
  }

  private static UUID legacyId(Path folder, String table, String id) {
    return legacyId(folder.getFileName().toString(), table, id);
  }

  private static UUID legacyId(String folder, String table, String id) {
    return UUID.nameUUIDFromBytes(
        ("hsds-1.1/" + folder + "/" + table + "/" + id).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void importsTheOhanaExportTwiceWithEveryPhoneOnceAndItsOpenEligibilityCategories() {
    long phones = rows("phone");
    importTwiceThenRollBack(
        "san-mateo-county-ohana-2014",
        (first, second) -> {
          assertThat(first.problems()).isEmpty();
          assertThat(first.created()).isEqualTo(1695);
          assertThat(first.taxonomyCoverage())
              .singleElement()
              .satisfies(
                  c -> {
                    assertThat(c.taxonomy()).isEqualTo("Open Eligibility");
                    assertThat(c.mapped()).isPositive();
                  });
          assertThat(second.problems()).isEmpty();
          assertThat(second.created()).isZero();
          assertThat(second.updated()).isEqualTo(1695);
          // location 17 lists 650 326-5530 twice (general information, and TTY), and a fax
          Located located =
              directory.service(ohanaId("service", "17")).orElseThrow().locations().get(0);
          assertThat(located.phones())
              .extracting(Phone::number, Phone::type)
              .containsExactlyInAnyOrder(
                  org.assertj.core.groups.Tuple.tuple("650 326-5530", null),
                  org.assertj.core.groups.Tuple.tuple("650 688-3625", null),
                  org.assertj.core.groups.Tuple.tuple("650 326-5530", "textphone"),
                  org.assertj.core.groups.Tuple.tuple("650 688-0206", "fax"));
          // each of the 2,471 phones and 1,096 faxes of the export, once
          assertThat(rows("phone") - phones).isEqualTo(3567);
        });
  }

  private static UUID ohanaId(String table, String id) {
    return UUID.nameUUIDFromBytes(("ohana/" + table + "/" + id).getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void importsA11PackageUnderDeterministicIdsResolvingAreasAndPlacingAddressesWithoutCoordinates()
      throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    Path folder = dir.resolve("gaspesie-" + suffix);
    Files.createDirectories(folder);
    write(
        folder,
        "organizations.csv",
        "id,name,description,url\n1,Entraide " + suffix + ",,https://entraide.example\n");
    write(
        folder,
        "services.csv",
        "id,organization_id,name,description,status,fees\n"
            + "10,1,Comptoir alimentaire "
            + suffix
            + ",Dépannage,active,Gratuit\n");
    write(folder, "locations.csv", "id,organization_id,name,latitude,longitude\n20,1,Local,,\n");
    write(folder, "services_at_location.csv", "id,service_id,location_id\n30,10,20\n");
    write(
        folder,
        "physical_addresses.csv",
        "id,location_id,address_1,city,state_province,postal_code,country\n"
            + "40,20,1 rue Prudent-Cloutier,Mont-Saint-Pierre,QC,G0E 1V0,CA\n");
    write(
        folder,
        "regular_schedules.csv",
        "id,service_id,location_id,weekday,opens_at,closes_at\n,10,,Monday,9:00am,5:30pm\n");
    write(
        folder,
        "service_areas.csv",
        "id,service_id,service_area\n51,10,MRC de La Haute-Gaspesie\n52,10,Tout le Quebec\n53,10,Nulle-Part-Ici\n");
    write(
        folder,
        "taxonomy.csv",
        "id,name,parent_id,vocabulary\nBD-1800.2000-620,Food Pantries (local),,Test - AIRS\n");
    write(folder, "services_taxonomy.csv", "id,service_id,taxonomy_id\n60,10,BD-1800.2000-620\n");

    ImportReport first = hsdsImport.run(folder, ImportOptions.of(Lang.FR, false, Lang.FR));
    ImportReport second = hsdsImport.run(folder, ImportOptions.of(Lang.FR, false, Lang.FR));

    assertThat(first.problems()).isEmpty();
    assertThat(first.created()).isEqualTo(1);
    assertThat(second.created()).isZero();
    assertThat(second.updated()).isEqualTo(1);
    assertThat(first.unresolvedAreas()).containsExactly("Nulle-Part-Ici");
    UUID id =
        UUID.nameUUIDFromBytes(
            ("hsds-1.1/" + folder.getFileName() + "/service/10").getBytes(StandardCharsets.UTF_8));
    CompiledService service = directory.service(id).orElseThrow();
    assertThat(service.serviceAreas())
        .extracting(ServiceArea::territory)
        .contains("qc")
        .anyMatch(t -> t != null && t.startsWith("mrc:"))
        .contains((String) null);
    assertThat(service.locations().get(0).location().latitude()).isBetween(44.0, 63.0);
    assertThat(service.categories())
        .extracting(TaxonomyTerm::repereCode)
        .containsExactly("ALIM-BANQ");
    assertThat(service.schedules().get(0).byday()).isEqualTo("MO");
    assertThat(service.schedules().get(0).closesAt()).hasToString("17:30");
    assertThat(service.service().feesDescription().in(Lang.FR)).isEqualTo("Gratuit");
  }

  private static long skippedServices(ImportReport report) {
    return report.skipped().stream().filter(p -> p.file().equals("services.csv")).count();
  }

  private static void write(Path folder, String file, String text) throws Exception {
    Files.writeString(folder.resolve(file), text, StandardCharsets.UTF_8);
  }
}
