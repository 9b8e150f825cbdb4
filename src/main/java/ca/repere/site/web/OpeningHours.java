package ca.repere.site.web;

import ca.repere.directory.Schedule;
import ca.repere.search.StatutoryHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Weekly opening hours (HSDS schedules with {@code freq=WEEKLY}) read the way a person says them:
 * "lundi au vendredi, de 9 h à 17 h", and whether a place is open at a moment in Québec time.
 */
final class OpeningHours {

  static final ZoneId QUEBEC = ZoneId.of("America/Montreal");

  private final List<Schedule> weekly;

  private OpeningHours(List<Schedule> schedules) {
    this.weekly =
        schedules.stream()
            .filter(s -> s.opensAt() != null && s.closesAt() != null && s.byday() != null)
            .filter(s -> s.freq() == null || "WEEKLY".equalsIgnoreCase(s.freq()))
            .toList();
  }

  static OpeningHours of(List<Schedule> schedules) {
    return new OpeningHours(schedules);
  }

  boolean isKnown() {
    return !weekly.isEmpty();
  }

  /** Open at that moment; regular hours do not apply on Québec's statutory holidays (but 24/7). */
  boolean isOpenAt(ZonedDateTime moment) {
    LocalDateTime local = moment.withZoneSameInstant(QUEBEC).toLocalDateTime();
    if (isClosedOn(local.toLocalDate())) {
      return false;
    }
    return weekly.stream().anyMatch(s -> opensOn(s, local.toLocalDate()) && within(s, local));
  }

  /** A statutory holiday closes a service, unless it is open around the clock. */
  private boolean isClosedOn(LocalDate date) {
    return StatutoryHolidays.isHoliday(date) && !isAlwaysOpen();
  }

  /** Every day of the week from midnight to midnight (00:00–00:00 or 00:00–23:59). */
  private boolean isAlwaysOpen() {
    Set<DayOfWeek> allDay = EnumSet.noneOf(DayOfWeek.class);
    weekly.stream()
        .filter(s -> s.opensAt().equals(LocalTime.MIDNIGHT))
        .filter(
            s ->
                s.closesAt().equals(LocalTime.MIDNIGHT)
                    || s.closesAt().equals(LocalTime.of(23, 59)))
        .forEach(s -> allDay.addAll(days(s.byday())));
    return allDay.size() == 7;
  }

  /** The next moment it opens after {@code moment} (within two weeks), empty when none. */
  Optional<LocalDateTime> nextOpening(ZonedDateTime moment) {
    LocalDateTime local = moment.withZoneSameInstant(QUEBEC).toLocalDateTime();
    for (int day = 0; day <= 14; day++) {
      LocalDate date = local.toLocalDate().plusDays(day);
      if (isClosedOn(date)) {
        continue;
      }
      Optional<LocalDateTime> first =
          weekly.stream()
              .filter(s -> opensOn(s, date))
              .map(s -> date.atTime(s.opensAt()))
              .filter(start -> start.isAfter(local))
              .min(LocalDateTime::compareTo);
      if (first.isPresent()) {
        return first;
      }
    }
    return Optional.empty();
  }

  /** One line per group of days sharing the same hours, Monday first. */
  List<String> describe(Locale locale) {
    Map<String, Set<DayOfWeek>> daysByHours = new LinkedHashMap<>();
    for (DayOfWeek day : DayOfWeek.values()) {
      List<String> ranges =
          weekly.stream()
              .filter(s -> days(s.byday()).contains(day))
              .sorted((a, b) -> a.opensAt().compareTo(b.opensAt()))
              .map(s -> range(s.opensAt(), s.closesAt(), locale))
              .distinct()
              .toList();
      if (!ranges.isEmpty()) {
        daysByHours
            .computeIfAbsent(
                String.join(join(locale), ranges), k -> EnumSet.noneOf(DayOfWeek.class))
            .add(day);
      }
    }
    List<String> lines = new ArrayList<>();
    daysByHours.forEach(
        (hours, days) -> lines.add(capitalize(dayList(days, locale)) + " : " + hours));
    return lines.stream().map(l -> english(locale) ? l.replace(" : ", ": ") : l).toList();
  }

  static String time(LocalTime time, Locale locale) {
    if (english(locale)) {
      int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
      String suffix = time.getHour() < 12 ? " a.m." : " p.m.";
      return hour
          + (time.getMinute() == 0 ? "" : String.format(":%02d", time.getMinute()))
          + suffix;
    }
    return time.getHour()
        + " h"
        + (time.getMinute() == 0 ? "" : String.format(" %02d", time.getMinute()));
  }

  static String day(DayOfWeek day, Locale locale) {
    return day.getDisplayName(TextStyle.FULL, locale);
  }

  private static String range(LocalTime opens, LocalTime closes, Locale locale) {
    return english(locale)
        ? time(opens, locale) + " to " + time(closes, locale)
        : "de " + time(opens, locale) + " à " + time(closes, locale);
  }

  private static String join(Locale locale) {
    return english(locale) ? " and " : " et ";
  }

  /** "lundi au vendredi", "lundi, mercredi et vendredi". */
  private static String dayList(Set<DayOfWeek> days, Locale locale) {
    List<DayOfWeek> ordered = List.copyOf(days);
    DayOfWeek first = ordered.get(0);
    DayOfWeek last = ordered.get(ordered.size() - 1);
    boolean consecutive = last.getValue() - first.getValue() == ordered.size() - 1;
    if (ordered.size() >= 3 && consecutive) {
      return day(first, locale) + (english(locale) ? " to " : " au ") + day(last, locale);
    }
    List<String> names = ordered.stream().map(d -> day(d, locale)).toList();
    if (names.size() == 1) {
      return names.get(0);
    }
    return String.join(", ", names.subList(0, names.size() - 1))
        + join(locale)
        + names.get(names.size() - 1);
  }

  private static boolean opensOn(Schedule s, LocalDate date) {
    return days(s.byday()).contains(date.getDayOfWeek())
        && (s.validFrom() == null || !date.isBefore(s.validFrom()))
        && (s.validTo() == null || !date.isAfter(s.validTo()));
  }

  private static boolean within(Schedule s, LocalDateTime local) {
    LocalTime t = local.toLocalTime();
    return !t.isBefore(s.opensAt()) && t.isBefore(s.closesAt());
  }

  static Set<DayOfWeek> days(String byday) {
    Set<DayOfWeek> days = EnumSet.noneOf(DayOfWeek.class);
    for (String code : byday.toUpperCase(Locale.ROOT).split("\\s*,\\s*")) {
      String two = code.length() >= 2 ? code.substring(code.length() - 2) : code;
      for (DayOfWeek d : DayOfWeek.values()) {
        if (d.name().startsWith(two)) {
          days.add(d);
        }
      }
    }
    return days;
  }

  private static boolean english(Locale locale) {
    return "en".equals(locale.getLanguage());
  }

  private static String capitalize(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }
}
