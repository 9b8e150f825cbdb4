package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;

/**
 * HSDS 3.0 schedule, in its iCalendar form: a weekly opening is {@code freq=WEEKLY}, {@code
 * byday="MO,TU"}, {@code opensAt}, {@code closesAt}.
 */
public record Schedule(
    UUID id,
    UUID serviceId,
    UUID locationId,
    UUID serviceAtLocationId,
    LocalDate validFrom,
    LocalDate validTo,
    LocalDate dtstart,
    BigDecimal timezone,
    LocalDate until,
    Integer count,
    String wkst,
    String freq,
    Integer interval,
    String byday,
    String byweekno,
    String bymonthday,
    String byyearday,
    LocalizedText description,
    LocalTime opensAt,
    LocalTime closesAt,
    String scheduleLink,
    String attendingType,
    LocalizedText notes) {

  public static Schedule weekly(
      UUID id,
      UUID serviceId,
      UUID locationId,
      String byday,
      LocalTime opensAt,
      LocalTime closesAt) {
    return new Schedule(
        id,
        serviceId,
        locationId,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "WEEKLY",
        1,
        byday,
        null,
        null,
        null,
        LocalizedText.EMPTY,
        opensAt,
        closesAt,
        null,
        null,
        LocalizedText.EMPTY);
  }
}
