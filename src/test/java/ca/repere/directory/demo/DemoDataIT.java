package ca.repere.directory.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Located;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.geography.Geography;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@RepereApplicationTest
class DemoDataIT {

  @Autowired Directory directory;
  @Autowired DemoDataLoader loader;
  @Autowired JdbcTemplate jdbc;
  @Autowired Geography geography;

  @Test
  void theDemoDirectoryIsLoadedAtStartup() {
    assertThat(loader.demoServices()).isGreaterThanOrEqualTo(600);
    // the demo's own organizations: other tests add organizations of their own to the shared
    // database
    assertThat(
            jdbc.queryForObject(
                "SELECT count(DISTINCT organization_id) FROM directory.organization_identifier"
                    + " WHERE identifier_scheme = ?",
                Long.class,
                DemoDataGenerator.IDENTIFIER_SCHEME))
        .isBetween(280L, 450L);
    assertThat(directory.countOrganizations()).isGreaterThanOrEqualTo(280L);
  }

  @Test
  void everyRegionHasAtLeastFifteenServices() {
    Map<String, Long> perRegion =
        jdbc
            .query(
                "SELECT DISTINCT sal.service_id, l.municipality_code"
                    + " FROM directory.service_at_location sal"
                    + " JOIN directory.location l ON l.id = sal.location_id"
                    + " WHERE l.municipality_code IS NOT NULL",
                (rs, i) -> Map.entry(rs.getObject(1, UUID.class), rs.getString(2)))
            .stream()
            .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (a, b) -> a))
            .values()
            .stream()
            .map(code -> geography.municipality(code).orElseThrow().regionCode())
            .collect(Collectors.groupingBy(r -> r, Collectors.counting()));
    assertThat(perRegion).hasSize(17);
    assertThat(perRegion.values()).allMatch(n -> n >= 15);
  }

  @Test
  void everyTopCategoryHasServices() {
    List<String> present =
        jdbc.queryForList(
            "SELECT DISTINCT parent.code FROM directory.attribute a"
                + " JOIN directory.taxonomy_term t ON t.id = a.taxonomy_term_id"
                + " JOIN directory.taxonomy_term parent ON parent.id = t.parent_id"
                + " WHERE t.taxonomy = ?",
            String.class,
            RepereTaxonomy.NAME);
    // the categories of the taxonomy files the demo is made from; not those a curator (or another
    // test of the same database, FuzzIT's admin forms) added since
    assertThat(present)
        .containsAll(
            RepereTaxonomy.load().topCategories().stream().map(RepereCategory::code).toList());
  }

  @Test
  void aProjectPastItsEndIsNotPublic() {
    UUID ended =
        jdbc.queryForObject(
            "SELECT id FROM directory.service WHERE end_date < current_date ORDER BY id LIMIT 1",
            UUID.class);
    CompiledService project = directory.service(ended).orElseThrow();
    assertThat(project.service().isProject()).isTrue();
    assertThat(project.isPublicOn(LocalDate.now())).isFalse();
  }

  @Test
  void aConfidentialShelterShowsNeitherAddressNorPointNorIntakeLineInPublic() {
    UUID shelter =
        jdbc.queryForObject(
            "SELECT sal.service_id FROM directory.service_at_location sal"
                + " JOIN directory.location l ON l.id = sal.location_id"
                + " WHERE l.confidential ORDER BY sal.service_id LIMIT 1",
            UUID.class);
    CompiledService staffView = directory.service(shelter).orElseThrow();
    Located staffLocation = staffView.locations().get(0);
    assertThat(staffLocation.addresses()).isNotEmpty();
    assertThat(staffLocation.location().point()).isNotNull();
    assertThat(staffView.phones()).anyMatch(p -> p.staffOnly());

    CompiledService publicView = staffView.publicView();
    Located publicLocation = publicView.locations().get(0);
    assertThat(publicLocation.addresses()).isEmpty();
    assertThat(publicLocation.location().point()).isNull();
    assertThat(publicView.phones()).isNotEmpty().noneMatch(p -> p.staffOnly());
  }

  @Test
  void provinceWideLinesHaveNoLocationAndCoverQuebec() {
    List<UUID> lines =
        jdbc.queryForList(
            "SELECT s.id FROM directory.service s JOIN directory.service_area a ON a.service_id = s.id"
                + " WHERE a.territory = 'qc' AND NOT EXISTS (SELECT 1 FROM"
                + " directory.service_at_location sal WHERE sal.service_id = s.id)",
            UUID.class);
    assertThat(lines).hasSizeGreaterThanOrEqualTo(5);
    assertThat(directory.services(lines))
        .allMatch(s -> s.locations().isEmpty() && !s.phones().isEmpty());
  }

  @Test
  void someRecordsAreInactiveOrWithdrawn() {
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM directory.service WHERE status <> 'active'", Long.class))
        .isPositive();
    assertThat(
            jdbc.queryForObject(
                "SELECT count(*) FROM directory.service WHERE lifecycle = 'withdrawn'", Long.class))
        .isPositive();
  }
}
