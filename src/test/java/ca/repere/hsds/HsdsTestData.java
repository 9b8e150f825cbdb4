package ca.repere.hsds;

import ca.repere.directory.Address;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Lifecycle;
import ca.repere.directory.Located;
import ca.repere.directory.Location;
import ca.repere.directory.Phone;
import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.node.ObjectNode;

/**
 * An organization imported for one test class: {@code count} public services, one of which also
 * holds every kind of staff-only data, and one draft.
 */
final class HsdsTestData {

  static final String SECRET_NOTE = "NOTE-INTERNE-SECRETE";
  static final String INTAKE_LINE = "418 555-0911";
  static final String SHELTER_STREET = "12 rue Cachée";

  final UUID organizationId = UUID.randomUUID();
  final List<UUID> services = new ArrayList<>();
  UUID withStaffOnlyData;
  UUID draft;

  static HsdsTestData load(HsdsImport hsdsImport, Directory directory, Path dir, int count) {
    HsdsTestData data = new HsdsTestData();
    List<ObjectNode> records = new ArrayList<>();
    for (int i = 0; i < count + 1; i++) {
      UUID id = UUID.randomUUID();
      ObjectNode service = HsdsFixtures.service(id, data.organizationId, "Service " + i);
      ObjectNode location =
          service
              .putArray("service_at_locations")
              .addObject()
              .put("id", UUID.randomUUID().toString())
              .putObject("location");
      location.put("id", UUID.randomUUID().toString());
      location.put("location_type", "physical");
      location.put("name", "Point de service " + i);
      location.put("latitude", 46.81);
      location.put("longitude", -71.21);
      ObjectNode address = location.putArray("addresses").addObject();
      address.put("id", UUID.randomUUID().toString());
      address.put("address_1", (i == 0 ? SHELTER_STREET : i + " rue Principale"));
      address.put("city", "Québec");
      address.put("state_province", "QC");
      address.put("postal_code", "G1R 1A1");
      address.put("country", "CA");
      address.put("address_type", "physical");
      records.add(service);
      data.services.add(id);
    }
    ImportReport report =
        hsdsImport.run(
            HsdsFixtures.write(dir, "api-" + data.organizationId + ".ndjson", records, true),
            ImportOptions.of(Lang.FR, false, Lang.FR));
    if (!report.ok()) {
      throw new IllegalStateException(report.problems().toString());
    }
    data.withStaffOnlyData = data.services.get(0);
    data.draft = data.services.remove(data.services.size() - 1);
    addStaffOnlyData(directory, data.withStaffOnlyData);
    CompiledService draft = directory.service(data.draft).orElseThrow();
    directory.save(draft.withService(draft.service().withLifecycle(Lifecycle.DRAFT)), "test");
    return data;
  }

  /** A note, an intake line and a confidential (shelter) location: staff only. */
  private static void addStaffOnlyData(Directory directory, UUID id) {
    CompiledService service = directory.service(id).orElseThrow();
    List<Phone> phones = new ArrayList<>(service.phones());
    phones.add(
        new Phone(
            UUID.randomUUID(),
            null,
            id,
            null,
            null,
            null,
            INTAKE_LINE,
            null,
            "voice",
            LocalizedText.fr("Ligne des intervenants"),
            true,
            9));
    Located located = service.locations().get(0);
    Location l = located.location();
    Location confidential =
        new Location(
            l.id(),
            l.locationType(),
            l.url(),
            l.organizationId(),
            l.name(),
            l.alternateName(),
            l.description(),
            l.transportation(),
            l.latitude(),
            l.longitude(),
            l.externalIdentifier(),
            l.externalIdentifierType(),
            true,
            l.municipalityCode(),
            l.lifecycle(),
            SECRET_NOTE,
            null,
            null,
            null,
            null,
            l.version());
    Address street = located.addresses().get(0);
    Located hidden =
        new Located(
            located.serviceAtLocation(),
            confidential,
            List.of(street),
            located.phones(),
            located.schedules(),
            located.accessibility(),
            located.languages());
    CompiledService changed =
        service
            .withService(service.service().withInternalNote(SECRET_NOTE))
            .withLocations(List.of(hidden))
            .withDetails(
                phones,
                service.schedules(),
                service.serviceAreas(),
                service.languages(),
                service.costOptions(),
                service.requiredDocuments(),
                service.categories());
    directory.save(changed, "test");
  }
}
