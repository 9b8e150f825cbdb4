package ca.repere.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.DirectoryQueries;
import ca.repere.directory.DirectoryQueries.ServiceFilter;
import ca.repere.directory.Lifecycle;
import ca.repere.directory.Organization;
import ca.repere.directory.ServiceArea;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.shared.Lang;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * HSDS 1.1 packages (Open211 Miami, ILAO) and the legacy Ohana export (San Mateo), read in place
 * from the HSDS folder; the real datasets are validated (dry run: they are not ours to keep), a
 * small 1.1 package of our own is written.
 */
@RepereApplicationTest
class HsdsLegacyImportIT {

  @Autowired HsdsImport hsdsImport;
  @Autowired Directory directory;
  @Autowired DirectoryQueries queries;

  @TempDir Path dir;

  private ImportReport dryRun(String dataset) {
    Path path = HsdsFixtures.hsdsDir().resolve("datasets/" + dataset);
    return hsdsImport.run(path, ImportOptions.of(Lang.EN, true, Lang.EN));
  }

  @Test
  void readsTheMiami11PackageAndMapsItsAirsTermsThroughTheCrosswalk() {
    ImportReport report = dryRun("open211-miami-hsds1.1");

    assertThat(report.problems()).isEmpty();
    // 447 services name one of 82 organizations missing from organizations.csv: kept under drafts
    assertThat(report.services()).isEqualTo(4089);
    assertThat(report.drafts()).hasSize(82);
    assertThat(report.skipped())
        .extracting(ImportProblem::file)
        .contains("physical_addresses.csv", "phones.csv")
        .doesNotContain("services.csv");
    assertThat(report.taxonomyCoverage())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.taxonomy()).isEqualTo("Open211 Miami - AIRS");
              assertThat(c.terms()).isGreaterThan(1000);
              assertThat(c.mapped()).isPositive().isLessThanOrEqualTo(c.terms());
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

  private static UUID legacyId(Path folder, String table, String id) {
    return UUID.nameUUIDFromBytes(
        ("hsds-1.1/" + folder.getFileName() + "/" + table + "/" + id)
            .getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void readsTheOhanaExportWithItsOpenEligibilityCategories() {
    ImportReport report = dryRun("san-mateo-county-ohana-2014");

    assertThat(report.problems()).isEmpty();
    assertThat(report.services()).isEqualTo(1695);
    assertThat(report.taxonomyCoverage())
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.taxonomy()).isEqualTo("Open Eligibility");
              assertThat(c.mapped()).isPositive();
            });
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
