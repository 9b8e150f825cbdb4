package ca.repere.lists.view;

import ca.repere.directory.Address;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Phone;
import ca.repere.directory.Schedule;
import ca.repere.directory.ServiceArea;
import ca.repere.lists.ListEntry;
import ca.repere.shared.Lang;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * One service of a list as text in the reader's language, built only from the service's public
 * view: the same lines feed the page, the printable view, the widget and the CSV.
 *
 * @param offered false when the service is no longer offered (then only the note is known)
 * @param addresses public addresses; empty for a confidential, virtual or phone-only service
 * @param provinceWide the service serves the whole province (shown when it has no address)
 */
public record ListLine(
    UUID serviceId,
    boolean offered,
    String name,
    String organization,
    String note,
    List<String> addresses,
    boolean provinceWide,
    List<String> areas,
    List<String> phones,
    List<String> hours) {

  public static ListLine of(ListEntry entry, Lang lang) {
    String note = entry.note().in(lang);
    CompiledService s = entry.service();
    if (s == null) {
      return new ListLine(
          entry.serviceId(),
          false,
          null,
          null,
          note,
          List.of(),
          false,
          List.of(),
          List.of(),
          List.of());
    }
    return new ListLine(
        entry.serviceId(),
        true,
        s.service().name().in(lang),
        s.organization() == null ? null : s.organization().name().in(lang),
        note,
        s.locations().stream()
            .flatMap(l -> l.physicalAddress().stream())
            .map(Address::oneLine)
            .toList(),
        s.serviceAreas().stream().anyMatch(a -> "qc".equals(a.territory())),
        s.serviceAreas().stream().map(ServiceArea::name).filter(n -> n != null).toList(),
        Stream.concat(s.phones().stream(), s.locations().stream().flatMap(l -> l.phones().stream()))
            .map(ListLine::phone)
            .distinct()
            .toList(),
        Stream.concat(
                s.schedules().stream(), s.locations().stream().flatMap(l -> l.schedules().stream()))
            .map(h -> hours(h, lang))
            .filter(h -> !h.isBlank())
            .distinct()
            .toList());
  }

  private static String phone(Phone phone) {
    return phone.extension() == null || phone.extension().isBlank()
        ? phone.number()
        : phone.number() + " #" + phone.extension();
  }

  /** "du lundi au vendredi, de 9 h à 17 h", or the schedule's own description. */
  private static String hours(Schedule schedule, Lang lang) {
    String description = schedule.description() == null ? null : schedule.description().in(lang);
    if (schedule.byday() == null || schedule.opensAt() == null || schedule.closesAt() == null) {
      return description == null ? "" : description;
    }
    return PlainHours.of(schedule.byday(), schedule.opensAt(), schedule.closesAt(), lang);
  }

  /** Everything a reader needs to find the service, for places where only text fits. */
  public String where() {
    return String.join(" | ", addresses);
  }
}
