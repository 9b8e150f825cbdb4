package ca.repere.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Lifecycle;
import ca.repere.directory.Located;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.directory.ServiceStatus;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.geography.Municipality;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class DemoDataTests {

  static final LocalDate TODAY = LocalDate.of(2026, 11, 29);
  static final RepereTaxonomy TAXONOMY = RepereTaxonomy.load();
  static final DemoCatalog CATALOG = DemoCatalog.load();
  static final List<Municipality> MUNICIPALITIES = DemoFixtures.municipalities();

  static DemoData generate(long seed, int services) {
    return new DemoDataGenerator(
            CATALOG, TAXONOMY, new DemoSettings(seed, services, TODAY), MUNICIPALITIES)
        .generate();
  }

  private static final DemoData data = generate(211, 600);

  @Test
  void sameSeedGivesTheSameDirectory() {
    DemoData again = generate(211, 600);
    assertThat(again.organizations()).isEqualTo(data.organizations());
    assertThat(again.services()).isEqualTo(data.services());
    assertThat(generate(212, 600).services()).isNotEqualTo(data.services());
  }

  @Test
  void generatesTheRequestedServicesFromAboutThreeHundredFiftyOrganizations() {
    assertThat(data.services()).hasSize(600);
    assertThat(data.organizations()).hasSizeBetween(280, 420);
    assertThat(data.identifiers())
        .hasSameSizeAs(data.organizations())
        .allMatch(i -> i.identifierScheme().equals(DemoDataGenerator.IDENTIFIER_SCHEME));
  }

  @Test
  void everyRegionHasAtLeastFifteenServicesAndBigRegionsMore() {
    Map<String, Long> perRegion = servicesPerRegion(data);
    assertThat(perRegion).hasSize(17);
    assertThat(perRegion.values()).allMatch(n -> n >= 15);
    assertThat(perRegion.get("06")).isGreaterThan(perRegion.get("10") * 3);
  }

  @Test
  void everyTopCategoryIsPresent() {
    Set<String> tops =
        data.services().stream()
            .flatMap(s -> s.categories().stream())
            .filter(t -> t.taxonomy().equals(RepereTaxonomy.NAME))
            .map(t -> TAXONOMY.term(t.code()).orElseThrow().parentCode())
            .collect(Collectors.toSet());
    assertThat(tops)
        .containsAll(TAXONOMY.topCategories().stream().map(RepereCategory::code).toList());
  }

  @Test
  void includesTheSpecialCasesARealDirectoryHas() {
    List<CompiledService> provinceWide =
        data.services().stream().filter(s -> s.locations().isEmpty()).toList();
    assertThat(provinceWide)
        .isNotEmpty()
        .allMatch(s -> s.serviceAreas().get(0).territory().equals("qc") && !s.phones().isEmpty());
    assertThat(located())
        .anyMatch(l -> l.location().confidential())
        .allMatch(l -> l.location().municipalityCode() != null && l.location().point() != null);
    assertThat(data.services()).anyMatch(s -> !s.isPublicOn(TODAY) && s.service().isProject());
    assertThat(data.services()).anyMatch(s -> s.isPublicOn(TODAY) && s.service().isProject());
    assertThat(data.services()).anyMatch(s -> s.service().status() == ServiceStatus.INACTIVE);
    assertThat(data.services()).anyMatch(s -> s.service().lifecycle() == Lifecycle.WITHDRAWN);
    assertThat(data.services()).anyMatch(s -> s.phones().stream().anyMatch(p -> p.staffOnly()));
    assertThat(data.services())
        .anyMatch(
            s -> s.languages().stream().anyMatch(l -> !Set.of("fr", "en").contains(l.code())));
    assertThat(data.services())
        .anyMatch(s -> s.schedules().stream().anyMatch(x -> x.byday().contains("SU")));
    assertThat(data.services())
        .extracting(s -> s.serviceAreas().get(0).territory().split(":")[0])
        .contains("qc", "mun", "mrc", "region");
  }

  @Test
  void everyServiceReadsInBothLanguages() {
    assertThat(data.services())
        .allSatisfy(
            s -> {
              assertThat(s.service().name().fr()).isNotBlank();
              assertThat(s.service().name().en()).isNotBlank();
              assertThat(s.service().description().fr()).isNotBlank();
              assertThat(s.service().description().en()).isNotBlank();
              assertThat(s.organization().name().en()).isNotBlank();
              assertThat(s.categories()).extracting(TaxonomyTerm::code).isNotEmpty();
              assertThat(s.costOptions()).isNotEmpty();
              assertThat(s.schedules()).isNotEmpty();
            });
    assertThat(data.organizations())
        .extracting(o -> o.name().fr())
        .anyMatch(n -> n.startsWith("Moisson "))
        .anyMatch(n -> n.startsWith("Maison des jeunes "));
  }

  @Test
  void scalesBeyondOneOrganizationPerPlace() {
    DemoData big = generate(7, 3_000);
    assertThat(big.services()).hasSize(3_000);
    assertThat(servicesPerRegion(big).values()).allMatch(n -> n >= 15);
  }

  @Test
  void refusesTooFewServices() {
    assertThatThrownBy(() -> new DemoSettings(1, 10, TODAY))
        .hasMessageContaining("--services must be at least");
  }

  private static List<Located> located() {
    return data.services().stream().flatMap(s -> s.locations().stream()).toList();
  }

  static Map<String, Long> servicesPerRegion(DemoData data) {
    Map<String, String> regionOf =
        MUNICIPALITIES.stream()
            .collect(Collectors.toMap(Municipality::code, Municipality::regionCode));
    return data.services().stream()
        .filter(s -> !s.locations().isEmpty())
        .map(s -> regionOf.get(s.locations().get(0).location().municipalityCode()))
        .collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
  }
}
