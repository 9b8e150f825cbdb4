package ca.repere.curation;

import ca.repere.directory.Address;
import ca.repere.directory.CommunityService;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Language;
import ca.repere.directory.Located;
import ca.repere.directory.Location;
import ca.repere.directory.Phone;
import ca.repere.directory.Schedule;
import ca.repere.directory.ServiceAtLocation;
import ca.repere.shared.LocalizedText;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Writes a {@link ServiceDraft} onto a compiled service. What the draft leaves unchanged stays as
 * it was, details included (a phone's description, an opening's notes), so that a revision changes
 * only what its author changed.
 */
final class DraftApplication {

  private DraftApplication() {}

  static CompiledService apply(ServiceDraft draft, CompiledService current) {
    ServiceDraft before = ServiceDraft.of(current);
    UUID id = current.service().id();
    CompiledService next = current.withService(service(current.service(), draft));
    next =
        next.withDetails(
            phones(draft, before, current.phones(), id),
            Objects.equals(draft.hours(), before.hours())
                ? current.schedules()
                : schedules(draft.hours(), current.schedules(), id),
            current.serviceAreas(),
            languages(draft.languages(), current.languages(), id),
            current.costOptions(),
            current.requiredDocuments(),
            current.categories());
    boolean placeChanged =
        !Objects.equals(draft.address(), before.address())
            || !Objects.equals(draft.city(), before.city())
            || !Objects.equals(draft.postalCode(), before.postalCode());
    return placeChanged ? next.withLocations(locations(draft, current)) : next;
  }

  /** A new service of {@code organization}: a draft, or a project when it has an end date. */
  static CompiledService newService(
      UUID id, ServiceDraft draft, ca.repere.directory.Organization organization) {
    CommunityService named =
        CommunityService.named(
            id, organization.id(), LocalizedText.of(draft.nameFr(), draft.nameEn()));
    return apply(draft, CompiledService.of(named, organization));
  }

  private static CommunityService service(CommunityService s, ServiceDraft d) {
    return s.toBuilder()
        .name(LocalizedText.of(d.nameFr(), d.nameEn()))
        .description(LocalizedText.of(d.descriptionFr(), d.descriptionEn()))
        .startDate(d.start())
        .endDate(d.end())
        .internalNote(d.internalNote())
        .build();
  }

  private static List<Phone> phones(
      ServiceDraft draft, ServiceDraft before, List<Phone> current, UUID serviceId) {
    if (Objects.equals(draft.phones(), before.phones())
        && Objects.equals(draft.staffPhones(), before.staffPhones())) {
      return current;
    }
    List<Phone> phones = new ArrayList<>();
    addPhones(phones, draft.phones(), false, current, serviceId);
    addPhones(phones, draft.staffPhones(), true, current, serviceId);
    return phones;
  }

  private static void addPhones(
      List<Phone> into, String lines, boolean staffOnly, List<Phone> current, UUID serviceId) {
    for (String number : lines == null ? List.<String>of() : lines.lines().toList()) {
      int position = into.size();
      Phone phone =
          current.stream()
              .filter(p -> p.staffOnly() == staffOnly && p.number().equals(number))
              .findFirst()
              .map(p -> withPosition(p, position))
              .orElse(
                  new Phone(
                      UUID.randomUUID(),
                      null,
                      serviceId,
                      null,
                      null,
                      null,
                      number,
                      null,
                      "voice",
                      LocalizedText.EMPTY,
                      staffOnly,
                      position));
      into.add(phone);
    }
  }

  private static Phone withPosition(Phone p, int position) {
    return new Phone(
        p.id(),
        p.locationId(),
        p.serviceId(),
        p.organizationId(),
        p.contactId(),
        p.serviceAtLocationId(),
        p.number(),
        p.extension(),
        p.type(),
        p.description(),
        p.staffOnly(),
        position);
  }

  private static List<Schedule> schedules(String lines, List<Schedule> current, UUID serviceId) {
    List<Schedule> schedules = new ArrayList<>();
    for (String line : lines == null ? List.<String>of() : lines.lines().toList()) {
      schedules.add(
          current.stream()
              .filter(s -> WeeklyHours.line(s).equals(line))
              .findFirst()
              .orElseGet(() -> WeeklyHours.parse(line, UUID.randomUUID(), serviceId)));
    }
    return schedules;
  }

  private static List<Language> languages(String text, List<Language> current, UUID serviceId) {
    return LanguageCodes.of(text).stream()
        .map(
            code ->
                current.stream()
                    .filter(l -> code.equals(l.code()))
                    .findFirst()
                    .orElseGet(
                        () ->
                            new Language(
                                UUID.randomUUID(),
                                serviceId,
                                null,
                                null,
                                LanguageCodes.name(code),
                                code,
                                null)))
        .toList();
  }

  /** The first place's address changes; a service with no place gets one. */
  private static List<Located> locations(ServiceDraft draft, CompiledService current) {
    List<Located> locations = new ArrayList<>(current.locations());
    int first = firstPhysical(locations);
    if (draft.address() == null && draft.city() == null) {
      if (first >= 0) {
        locations.remove(first);
      }
      return locations;
    }
    if (first >= 0) {
      Located place = locations.get(first);
      locations.set(first, withAddress(place, address(place.location().id(), draft, place)));
    } else {
      locations.add(newPlace(draft, current));
    }
    return locations;
  }

  private static int firstPhysical(List<Located> locations) {
    for (int i = 0; i < locations.size(); i++) {
      if (locations.get(i).physicalAddress().isPresent()) {
        return i;
      }
    }
    return -1;
  }

  private static Address address(UUID locationId, ServiceDraft draft, Located place) {
    Address old = place == null ? null : place.physicalAddress().orElse(null);
    return new Address(
        old == null ? UUID.randomUUID() : old.id(),
        locationId,
        old == null ? null : old.attention(),
        draft.address() == null ? "" : draft.address(),
        old == null ? null : old.address2(),
        draft.city(),
        old == null ? null : old.region(),
        old == null ? "QC" : old.stateProvince(),
        draft.postalCode(),
        old == null ? "CA" : old.country(),
        "physical");
  }

  private static Located withAddress(Located place, Address address) {
    List<Address> addresses = new ArrayList<>(place.addresses());
    addresses.removeIf(a -> a.id().equals(address.id()));
    addresses.add(0, address);
    return new Located(
        place.serviceAtLocation(),
        place.location(),
        addresses,
        place.phones(),
        place.schedules(),
        place.accessibility(),
        place.languages());
  }

  private static Located newPlace(ServiceDraft draft, CompiledService current) {
    UUID locationId = UUID.randomUUID();
    Location location = Location.physical(locationId, current.service().organizationId(), null);
    return new Located(
        new ServiceAtLocation(
            UUID.randomUUID(), current.service().id(), locationId, LocalizedText.EMPTY),
        location,
        List.of(address(locationId, draft, null)),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }
}
