package ca.repere.search;

import ca.repere.directory.Address;
import ca.repere.directory.CommunityService;
import ca.repere.directory.CompiledService;
import ca.repere.directory.CostOption;
import ca.repere.directory.Directory;
import ca.repere.directory.Language;
import ca.repere.directory.Lifecycle;
import ca.repere.directory.Located;
import ca.repere.directory.Location;
import ca.repere.directory.Organization;
import ca.repere.directory.Phone;
import ca.repere.directory.Schedule;
import ca.repere.directory.ServiceArea;
import ca.repere.directory.ServiceAtLocation;
import ca.repere.directory.Taxonomy;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.shared.GeoPoint;
import ca.repere.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * Builds services for search tests through the directory, each named with a unique made-up word so
 * assertions hold whatever else the shared database holds.
 */
final class SearchFixtures {

  private static final Random RANDOM = new Random();
  private final Directory directory;

  SearchFixtures(Directory directory) {
    this.directory = directory;
  }

  /** A made-up word no real record contains ("zqkorvantel"). */
  static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 9; i++) {
      word.append((char) ('a' + RANDOM.nextInt(26)));
    }
    return word.toString();
  }

  /** The term with that code, created (in a test taxonomy) when the directory has none. */
  TaxonomyTerm term(String code, String fr, String en) {
    for (Taxonomy taxonomy : directory.taxonomies()) {
      for (TaxonomyTerm term : directory.taxonomyTerms(taxonomy.id())) {
        if (code.equals(term.code())
            && (term.repereCode() == null || code.equals(term.repereCode()))) {
          return term;
        }
      }
    }
    Taxonomy taxonomy = new Taxonomy(UUID.randomUUID(), "search-tests", null, null, "1");
    TaxonomyTerm parent = null;
    List<TaxonomyTerm> terms = new ArrayList<>();
    if (code.contains("-")) {
      String parentCode = code.substring(0, code.indexOf('-'));
      parent =
          new TaxonomyTerm(
              UUID.randomUUID(),
              parentCode,
              LocalizedText.of(parentCode, parentCode),
              LocalizedText.EMPTY,
              null,
              "search-tests",
              taxonomy.id(),
              null,
              null,
              parentCode);
      terms.add(parent);
    }
    TaxonomyTerm term =
        new TaxonomyTerm(
            UUID.randomUUID(),
            code,
            LocalizedText.of(fr, en),
            LocalizedText.EMPTY,
            parent == null ? null : parent.id(),
            "search-tests",
            taxonomy.id(),
            null,
            null,
            code);
    terms.add(term);
    directory.save(taxonomy, terms);
    return term;
  }

  /** What a test service looks like; change what the test is about. */
  static final class Spec {
    LocalizedText name;
    LocalizedText description = LocalizedText.EMPTY;
    String organizationName = "Organisme d'essai";
    GeoPoint point;
    boolean confidential;
    List<String> territories = List.of();
    List<TaxonomyTerm> categories = List.of();
    List<Schedule> schedules = List.of();
    List<String> languages = List.of("fr");
    boolean free;
    Lifecycle lifecycle = Lifecycle.PUBLISHED;
    ca.repere.directory.ServiceStatus status = ca.repere.directory.ServiceStatus.ACTIVE;
    LocalDate endDate;

    Spec(String fr, String en) {
      this.name = LocalizedText.of(fr, en);
    }

    Spec at(double latitude, double longitude) {
      this.point = new GeoPoint(latitude, longitude);
      return this;
    }

    Spec serving(String... territories) {
      this.territories = List.of(territories);
      return this;
    }

    Spec in(TaxonomyTerm... categories) {
      this.categories = List.of(categories);
      return this;
    }

    Spec describedAs(String fr, String en) {
      this.description = LocalizedText.of(fr, en);
      return this;
    }

    Spec open(Schedule... schedules) {
      this.schedules = List.of(schedules);
      return this;
    }

    Spec speaking(String... languages) {
      this.languages = List.of(languages);
      return this;
    }

    Spec free() {
      this.free = true;
      return this;
    }

    Spec confidential() {
      this.confidential = true;
      return this;
    }

    Spec lifecycle(Lifecycle value) {
      this.lifecycle = value;
      return this;
    }

    Spec status(ca.repere.directory.ServiceStatus value) {
      this.status = value;
      return this;
    }

    Spec endingOn(LocalDate day) {
      this.endDate = day;
      return this;
    }
  }

  CompiledService save(Spec spec) {
    Organization organization =
        directory.save(
            Organization.named(UUID.randomUUID(), LocalizedText.of(spec.organizationName, null)),
            "search-test");
    UUID id = UUID.randomUUID();
    CommunityService base = CommunityService.named(id, organization.id(), spec.name);
    CommunityService service =
        new CommunityService(
            id,
            organization.id(),
            null,
            spec.name,
            LocalizedText.EMPTY,
            spec.description,
            null,
            null,
            spec.status,
            LocalizedText.EMPTY,
            LocalizedText.EMPTY,
            spec.free ? LocalizedText.of("Gratuit", "Free") : LocalizedText.EMPTY,
            LocalizedText.EMPTY,
            LocalizedText.EMPTY,
            LocalizedText.of("Pour tout le monde", "For everyone"),
            null,
            null,
            null,
            null,
            null,
            LocalizedText.EMPTY,
            null,
            spec.endDate,
            spec.lifecycle,
            "note interne",
            null,
            null,
            null,
            null,
            0);
    List<Located> locations = new ArrayList<>();
    List<Schedule> serviceSchedules = spec.schedules;
    if (spec.point != null) {
      UUID locationId = UUID.randomUUID();
      Location location =
          new Location(
              locationId,
              "physical",
              null,
              organization.id(),
              LocalizedText.EMPTY,
              LocalizedText.EMPTY,
              LocalizedText.EMPTY,
              LocalizedText.EMPTY,
              spec.point.latitude(),
              spec.point.longitude(),
              null,
              null,
              spec.confidential,
              null,
              Lifecycle.PUBLISHED,
              null,
              null,
              null,
              null,
              null,
              0);
      locations.add(
          new Located(
              new ServiceAtLocation(UUID.randomUUID(), id, locationId, LocalizedText.EMPTY),
              location,
              List.of(
                  new Address(
                      UUID.randomUUID(),
                      locationId,
                      null,
                      "1, rue Principale",
                      null,
                      "Sainte-Anne-des-Monts",
                      null,
                      "QC",
                      "G4V 1A1",
                      "CA",
                      "physical")),
              List.of(),
              List.of(),
              List.of(),
              List.of()));
    }
    CompiledService compiled =
        CompiledService.of(service, organization)
            .withLocations(locations)
            .withDetails(
                List.of(
                    new Phone(
                        UUID.randomUUID(),
                        null,
                        id,
                        null,
                        null,
                        null,
                        "418 555-0100",
                        null,
                        "voice",
                        LocalizedText.EMPTY,
                        false,
                        0),
                    new Phone(
                        UUID.randomUUID(),
                        null,
                        id,
                        null,
                        null,
                        null,
                        "418 555-0199",
                        null,
                        "voice",
                        LocalizedText.of("Intervenants", "Professionals"),
                        true,
                        1)),
                serviceSchedules.stream().map(s -> withService(s, id)).toList(),
                spec.territories.stream()
                    .map(
                        t ->
                            new ServiceArea(
                                UUID.randomUUID(),
                                id,
                                null,
                                t,
                                LocalizedText.EMPTY,
                                null,
                                null,
                                null,
                                t))
                    .toList(),
                spec.languages.stream()
                    .map(l -> new Language(UUID.randomUUID(), id, null, null, l, l, null))
                    .toList(),
                spec.free
                    ? List.of(
                        new CostOption(
                            UUID.randomUUID(),
                            id,
                            null,
                            null,
                            LocalizedText.of("Gratuit", "Free"),
                            "CAD",
                            BigDecimal.ZERO,
                            LocalizedText.EMPTY))
                    : List.of(),
                List.of(),
                spec.categories);
    base.id();
    return directory.save(compiled, "search-test");
  }

  private static Schedule withService(Schedule s, UUID serviceId) {
    return Schedule.weekly(
        UUID.randomUUID(), serviceId, null, s.byday(), s.opensAt(), s.closesAt());
  }
}
