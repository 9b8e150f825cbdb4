package ca.repere.directory;

import java.util.List;

/** A service at one location, with what belongs to the location itself. */
public record Located(
    ServiceAtLocation serviceAtLocation,
    Location location,
    List<Address> addresses,
    List<Phone> phones,
    List<Schedule> schedules,
    List<Accessibility> accessibility,
    List<Language> languages) {

  public Located {
    addresses = List.copyOf(addresses);
    phones = List.copyOf(phones);
    schedules = List.copyOf(schedules);
    accessibility = List.copyOf(accessibility);
    languages = List.copyOf(languages);
  }

  /** The street address people go to, if it may be shown. */
  public java.util.Optional<Address> physicalAddress() {
    return addresses.stream()
        .filter(a -> !"postal".equals(a.addressType()))
        .findFirst()
        .or(() -> addresses.stream().findFirst());
  }

  Located publicView() {
    boolean hidden = location.confidential();
    return new Located(
        serviceAtLocation,
        location.publicView(),
        hidden ? List.of() : addresses,
        phones.stream().filter(p -> !p.staffOnly()).toList(),
        schedules,
        accessibility,
        languages);
  }
}
