package ca.repere.lists;

import ca.repere.directory.Address;
import ca.repere.directory.CommunityService;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Located;
import ca.repere.directory.Location;
import ca.repere.directory.Organization;
import ca.repere.directory.Phone;
import ca.repere.directory.Schedule;
import ca.repere.directory.ServiceAtLocation;
import ca.repere.shared.GeoPoint;
import ca.repere.shared.LocalizedText;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Services saved in the real directory for list tests, each with unique names. */
final class ListsFixtures {

  private final Directory directory;

  ListsFixtures(Directory directory) {
    this.directory = directory;
  }

  /** A published service at one location, with a public phone and a staff-only intake line. */
  CompiledService service(String name, String street, boolean confidential, String phone) {
    Organization organization =
        directory.save(
            Organization.named(
                UUID.randomUUID(), LocalizedText.of("Organisme " + name, "Org " + name)),
            "test");
    UUID id = UUID.randomUUID();
    UUID locationId = UUID.randomUUID();
    CommunityService service =
        CommunityService.named(id, organization.id(), LocalizedText.of(name, name + " (en)"));
    Location location =
        Location.physical(locationId, organization.id(), new GeoPoint(49.13, -66.48)).toBuilder()
            .confidential(confidential)
            .build();
    Address address =
        new Address(
            UUID.randomUUID(),
            locationId,
            null,
            street,
            null,
            "Sainte-Anne-des-Monts",
            null,
            "QC",
            "G4V 1P3",
            "CA",
            "physical");
    Located located =
        new Located(
            new ServiceAtLocation(UUID.randomUUID(), id, locationId, LocalizedText.EMPTY),
            location,
            List.of(address),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    CompiledService compiled =
        CompiledService.of(service, organization)
            .withLocations(List.of(located))
            .withDetails(
                List.of(phone(id, phone, false), phone(id, "418 555-0999", true)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    return directory.save(compiled, "test");
  }

  /** The same service with another public phone: a change the list must show. */
  CompiledService changePhone(CompiledService saved, String number) {
    CompiledService current = directory.service(saved.service().id()).orElseThrow();
    return directory.save(
        current.withDetails(
            List.of(phone(saved.service().id(), number, false)),
            current.schedules(),
            current.serviceAreas(),
            current.languages(),
            current.costOptions(),
            current.requiredDocuments(),
            current.categories()),
        "test");
  }

  /** The same service, open on weekdays from 9 to 5. */
  CompiledService openWeekdays(CompiledService saved) {
    CompiledService current = directory.service(saved.service().id()).orElseThrow();
    return directory.save(
        current.withDetails(
            current.phones(),
            List.of(
                Schedule.weekly(
                    UUID.randomUUID(),
                    saved.service().id(),
                    null,
                    "MO,TU,WE,TH,FR",
                    LocalTime.of(9, 0),
                    LocalTime.of(17, 0))),
            current.serviceAreas(),
            current.languages(),
            current.costOptions(),
            current.requiredDocuments(),
            current.categories()),
        "test");
  }

  private static Phone phone(UUID serviceId, String number, boolean staffOnly) {
    return new Phone(
        UUID.randomUUID(),
        null,
        serviceId,
        null,
        null,
        null,
        number,
        null,
        "voice",
        null,
        staffOnly,
        0);
  }
}
