package ca.repere.hsds;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.Directory;
import ca.repere.directory.History;
import ca.repere.directory.Located;
import ca.repere.shared.Lang;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import tools.jackson.databind.node.ObjectNode;

/**
 * The write phase of large imports: new records are copied in bulk (several batches, one
 * transaction, one change-log entry), existing ones are updated with their history.
 */
@RepereApplicationTest
class HsdsBulkImportIT {

  private static final int SERVICES = 450; // three batches of at most 200

  @Autowired HsdsImport hsdsImport;
  @Autowired Directory directory;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path dir;

  private ImportReport run(Path file) {
    return hsdsImport.run(file, ImportOptions.of(Lang.FR, false, Lang.FR));
  }

  private long lastChange() {
    return jdbc.queryForObject(
        "SELECT coalesce(max(seq), 0) FROM directory.change_log", Long.class);
  }

  private static void locate(ObjectNode service, UUID locationId, String name) {
    ObjectNode sal = service.putArray("service_at_locations").addObject();
    sal.put("id", UUID.randomUUID().toString());
    ObjectNode location = sal.putObject("location");
    location.put("id", locationId.toString());
    location.put("location_type", "physical");
    location.put("name", name);
    location.put("latitude", 46.81);
    location.put("longitude", -71.21);
  }

  @Test
  void newServicesGoInBulkWithOneChangeLogEntryWhileExistingOnesAreUpdated() {
    UUID existingId = UUID.randomUUID();
    ObjectNode existing = HsdsFixtures.service(existingId, UUID.randomUUID(), "Banque alimentaire");
    assertThat(run(HsdsFixtures.write(dir, "first.ndjson", List.of(existing), true)).created())
        .isEqualTo(1);
    long services = directory.countServices();
    long since = lastChange();

    UUID sharedAcrossBatches = UUID.randomUUID();
    UUID sharedInBatch = UUID.randomUUID();
    List<UUID> ids = new ArrayList<>();
    List<ObjectNode> records = new ArrayList<>();
    UUID organizationId = UUID.randomUUID();
    for (int i = 0; i < SERVICES; i++) {
      if (i % 10 == 0) {
        organizationId = UUID.randomUUID();
      }
      UUID id = UUID.randomUUID();
      ids.add(id);
      ObjectNode service = HsdsFixtures.service(id, organizationId, "Service " + i);
      if (i == 0 || i == 300) {
        locate(service, sharedAcrossBatches, "Centre communautaire");
      } else if (i == 1 || i == 2) {
        locate(service, sharedInBatch, "Sous-sol de l'église");
      } else {
        locate(service, UUID.randomUUID(), "Local " + i);
      }
      records.add(service);
    }
    existing.put("description", "Nouvelle description");
    records.add(existing);

    ImportReport report = run(HsdsFixtures.write(dir, "bulk.ndjson", records, true));

    assertThat(report.problems()).isEmpty();
    assertThat(report.created()).isEqualTo(SERVICES);
    assertThat(report.updated()).isEqualTo(1);
    assertThat(directory.countServices()).isEqualTo(services + SERVICES);
    List<String> changes =
        jdbc.queryForList(
            "SELECT kind || ':' || coalesce(record_id::text, '') FROM directory.change_log"
                + " WHERE seq > ?",
            String.class,
            since);
    assertThat(changes).contains("ALL:", "SERVICE:" + existingId);
    assertThat(changes).filteredOn(c -> c.startsWith("ALL")).hasSize(1);
    // only the service whose location was written by an earlier batch is saved record by record
    assertThat(changes)
        .filteredOn(c -> ids.stream().anyMatch(id -> c.endsWith(id.toString())))
        .containsExactly("SERVICE:" + ids.get(300));

    var first = directory.service(ids.get(0)).orElseThrow();
    var last = directory.service(ids.get(300)).orElseThrow();
    assertThat(first.service().name().fr()).isEqualTo("Service 0");
    assertThat(first.service().name().en()).isEqualTo("Service 0 (EN)");
    assertThat(first.phones()).hasSize(1);
    assertThat(first.serviceAreas()).hasSize(1);
    assertThat(first.organization().name().fr()).isEqualTo("Organisme Service 0");
    assertThat(last.locations())
        .extracting(l -> l.location().id())
        .containsExactly(sharedAcrossBatches);
    assertThat(directory.service(ids.get(2)).orElseThrow().locations())
        .extracting((Located l) -> l.location().id())
        .containsExactly(sharedInBatch);
    assertThat(directory.serviceIdsAtLocation(sharedAcrossBatches))
        .containsExactlyInAnyOrder(ids.get(0), ids.get(300));
    assertThat(directory.history(ids.get(5)))
        .extracting(History.Entry::action)
        .containsExactly("create");
    assertThat(directory.history(first.organization().id()))
        .extracting(History.Entry::action)
        .containsExactly("create");
    assertThat(directory.history(existingId))
        .extracting(History.Entry::field, History.Entry::after)
        .contains(org.assertj.core.groups.Tuple.tuple("description_fr", "Nouvelle description"));
  }

  @Test
  void aServiceMayNameByIdAnOrganizationThatALaterBatchDescribes() {
    UUID organizationId = UUID.randomUUID();
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 0; i <= 200; i++) {
      records.add(HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Service " + i));
    }
    ObjectNode byId = records.get(0); // first batch
    byId.remove("organization");
    byId.put("organization_id", organizationId.toString());
    ((ObjectNode) records.get(200).get("organization")).put("id", organizationId.toString());

    ImportReport report = run(HsdsFixtures.write(dir, "later.ndjson", records, true));

    assertThat(report.problems()).isEmpty();
    assertThat(report.created()).isEqualTo(201);
    UUID first = UUID.fromString(byId.path("id").asString());
    assertThat(directory.service(first).orElseThrow().organization().id())
        .isEqualTo(organizationId);
  }

  @Test
  void aFailureWhileWritingRollsBackEveryBatch() {
    ObjectNode owner =
        HsdsFixtures.service(UUID.randomUUID(), UUID.randomUUID(), "Popote roulante");
    run(HsdsFixtures.write(dir, "owner.ndjson", List.of(owner), true));
    String takenPhoneId = owner.at("/phones/0/id").asText();
    long services = directory.countServices();

    List<UUID> ids = new ArrayList<>();
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 0; i < 250; i++) {
      UUID id = UUID.randomUUID();
      ids.add(id);
      records.add(HsdsFixtures.service(id, UUID.randomUUID(), "Service " + i));
    }
    // valid on its own, but the phone id belongs to a service already in the directory
    ((ObjectNode) records.get(249).at("/phones/0")).put("id", takenPhoneId);
    Path file = HsdsFixtures.write(dir, "conflict.ndjson", records, true);

    assertThatThrownBy(() -> run(file)).isInstanceOf(RuntimeException.class);

    assertThat(directory.countServices()).isEqualTo(services);
    assertThat(directory.service(ids.get(0))).isEmpty();
  }
}
