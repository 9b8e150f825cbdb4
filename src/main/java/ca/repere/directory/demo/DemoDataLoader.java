package ca.repere.directory.demo;

import ca.repere.directory.BulkInsert;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Organization;
import ca.repere.directory.OrganizationIdentifier;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.geography.Geography;
import ca.repere.platform.Progress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Puts the generated demo directory into the database, or takes it out. Demo organizations carry an
 * identifier of scheme {@value DemoDataGenerator#IDENTIFIER_SCHEME}, which is how they are found
 * again; everything else in the directory is never touched. Loading is one transaction (all or
 * nothing), in chunks of COPY, and ends with one change-log entry asking followers to rebuild.
 */
@Component
class DemoDataLoader {

  private static final org.slf4j.Logger log =
      org.slf4j.LoggerFactory.getLogger(DemoDataLoader.class);
  private static final int CHUNK = 2_000;

  private final Geography geography;
  private final RepereTaxonomy taxonomy;
  private final BulkInsert bulk;
  private final Directory directory;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final DemoCatalog catalog = DemoCatalog.load();

  DemoDataLoader(
      Geography geography,
      RepereTaxonomy taxonomy,
      BulkInsert bulk,
      Directory directory,
      JdbcTemplate jdbc,
      TransactionTemplate transaction) {
    this.geography = geography;
    this.taxonomy = taxonomy;
    this.bulk = bulk;
    this.directory = directory;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  /** How many services of demo organizations the directory holds. */
  long demoServices() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM directory.service WHERE organization_id IN (" + DEMO_ORGS + ")",
        Long.class,
        DemoDataGenerator.IDENTIFIER_SCHEME);
  }

  /** Generates and inserts the demo directory; with {@code replace}, removes the previous one. */
  DemoData load(DemoSettings settings, boolean replace, Progress progress) {
    long start = System.currentTimeMillis();
    DemoData data =
        new DemoDataGenerator(catalog, taxonomy, settings, geography.municipalities()).generate();
    log.debug(
        "Generated {} services in {} ms",
        data.services().size(),
        System.currentTimeMillis() - start);
    transaction.executeWithoutResult(
        status -> {
          if (replace) {
            remove();
          }
          for (DemoData chunk : chunks(data)) {
            bulk.insert(chunk.organizations(), chunk.identifiers(), chunk.services());
            progress.advance(chunk.services().size());
          }
          directory.announceBulkChange();
        });
    return data;
  }

  /** Removes every demo organization with all it holds; returns how many services went. */
  long remove() {
    Long services =
        transaction.execute(
            status -> {
              long count = demoServices();
              jdbc.update(
                  "DELETE FROM directory.attribute WHERE link_id IN (SELECT id FROM directory.service"
                      + " WHERE organization_id IN ("
                      + DEMO_ORGS
                      + "))",
                  DemoDataGenerator.IDENTIFIER_SCHEME);
              jdbc.update(
                  "DELETE FROM directory.organization WHERE id IN (" + DEMO_ORGS + ")",
                  DemoDataGenerator.IDENTIFIER_SCHEME);
              directory.announceBulkChange();
              return count;
            });
    return services == null ? 0 : services;
  }

  private static final String DEMO_ORGS =
      "SELECT organization_id FROM directory.organization_identifier WHERE identifier_scheme = ?";

  /** Organizations with their services, a few thousand services at a time. */
  private static List<DemoData> chunks(DemoData data) {
    Map<UUID, List<CompiledService>> byOrganization =
        data.services().stream()
            .collect(
                Collectors.groupingBy(
                    s -> s.organization().id(), LinkedHashMap::new, Collectors.toList()));
    Map<UUID, OrganizationIdentifier> identifiers =
        data.identifiers().stream()
            .collect(Collectors.toMap(OrganizationIdentifier::organizationId, i -> i));
    List<DemoData> chunks = new ArrayList<>();
    List<Organization> organizations = new ArrayList<>();
    List<CompiledService> services = new ArrayList<>();
    for (Organization organization : data.organizations()) {
      organizations.add(organization);
      services.addAll(byOrganization.getOrDefault(organization.id(), List.of()));
      if (services.size() >= CHUNK) {
        chunks.add(chunk(organizations, identifiers, services));
        organizations = new ArrayList<>();
        services = new ArrayList<>();
      }
    }
    if (!organizations.isEmpty()) {
      chunks.add(chunk(organizations, identifiers, services));
    }
    return chunks;
  }

  private static DemoData chunk(
      List<Organization> organizations,
      Map<UUID, OrganizationIdentifier> identifiers,
      List<CompiledService> services) {
    return new DemoData(
        organizations, organizations.stream().map(o -> identifiers.get(o.id())).toList(), services);
  }
}
