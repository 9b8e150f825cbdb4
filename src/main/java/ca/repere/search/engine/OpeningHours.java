package ca.repere.search.engine;

import ca.repere.directory.Schedule;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A service's weekly opening hours, read from its HSDS schedule rows ({@code freq=WEEKLY}, {@code
 * byday}, {@code opens_at}, {@code closes_at}), in Québec time. Regular hours do not apply on
 * Québec's statutory holidays, unless the service is open around the clock.
 */
public final class OpeningHours {

  public static final ZoneId QUEBEC = ZoneId.of("America/Toronto");
  static final int MINUTES_PER_WEEK = 7 * 24 * 60;

  /** [start, end) in minutes from Monday 00:00; an interval never wraps past the week's end. */
  public record Interval(int start, int end) {}

  private final List<Interval> intervals;

  /**
   * The minutes of the week at which the service opens, in order: the starts of the intervals that
   * do not continue another (Monday 00:00 after Sunday 24:00 is no opening).
   */
  private final int[] openings;

  private OpeningHours(List<Interval> intervals) {
    this.intervals = List.copyOf(intervals);
    int[] starts = new int[this.intervals.size()];
    int count = 0;
    for (Interval interval : this.intervals) {
      if (!continuesOpening(interval)) {
        starts[count++] = interval.start();
      }
    }
    this.openings = java.util.Arrays.copyOf(starts, count);
    java.util.Arrays.sort(openings);
  }

  /** The weekly hours of the schedules valid on {@code day}; rows of other kinds are ignored. */
  public static OpeningHours of(Collection<Schedule> schedules, LocalDate day) {
    List<Interval> intervals = new ArrayList<>();
    for (Schedule schedule : schedules) {
      if (isWeekly(schedule) && isValidOn(schedule, day)) {
        addIntervals(schedule, intervals);
      }
    }
    return new OpeningHours(intervals);
  }

  /** The hours of a service at one of its locations (null: the service without location). */
  public static OpeningHours of(
      ca.repere.directory.CompiledService service, java.util.UUID locationId, LocalDate day) {
    return service.locations().stream()
        .filter(l -> l.location().id().equals(locationId))
        .findFirst()
        .map(l -> of(ServiceDocuments.schedulesAt(service, l), day))
        .orElseGet(() -> of(service.schedules(), day));
  }

  /** The hours of a result card: pairs of minutes from Monday 00:00 (start, end). */
  public static OpeningHours ofWeekly(List<Integer> minutes) {
    List<Interval> intervals = new ArrayList<>();
    for (int i = 0; i + 1 < minutes.size(); i += 2) {
      intervals.add(new Interval(minutes.get(i), minutes.get(i + 1)));
    }
    return new OpeningHours(intervals);
  }

  public List<Interval> intervals() {
    return intervals;
  }

  public boolean isKnown() {
    return !intervals.isEmpty();
  }

  /** Open every minute of the week (a 24/7 line). */
  public boolean isAlwaysOpen() {
    boolean[] open = new boolean[MINUTES_PER_WEEK];
    intervals.forEach(i -> java.util.Arrays.fill(open, i.start(), i.end(), true));
    for (boolean minute : open) {
      if (!minute) {
        return false;
      }
    }
    return true;
  }

  public boolean isOpenAt(ZonedDateTime moment) {
    ZonedDateTime local = moment.withZoneSameInstant(QUEBEC);
    if (QuebecHolidays.isHoliday(local.toLocalDate()) && !isAlwaysOpen()) {
      return false;
    }
    int minute = minuteOfWeek(local);
    for (Interval interval : intervals) {
      if (interval.start() <= minute && minute < interval.end()) {
        return true;
      }
    }
    return false;
  }

  /** The next moment the service opens after {@code moment} (within two weeks), if any. */
  public Optional<ZonedDateTime> nextOpening(ZonedDateTime moment) {
    ZonedDateTime local = moment.withZoneSameInstant(QUEBEC).truncatedTo(ChronoUnit.MINUTES);
    ZonedDateTime weekStart =
        local
            .toLocalDate()
            .with(java.time.temporal.TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY))
            .atStartOfDay(QUEBEC);
    // hours are wall-clock times: the Sunday after the clocks change still opens at 9:00
    LocalDateTime now = local.toLocalDateTime();
    for (int week = 0; week < 3; week++) {
      LocalDateTime start = weekStart.toLocalDateTime().plusWeeks(week);
      for (int minute : openings) { // the earliest that is not a statutory holiday
        LocalDateTime opening = start.plusMinutes(minute);
        if (opening.isAfter(now) && !QuebecHolidays.isHoliday(opening.toLocalDate())) {
          return Optional.of(opening.atZone(QUEBEC));
        }
      }
    }
    return Optional.empty();
  }

  static int minuteOfWeek(ZonedDateTime local) {
    return (local.getDayOfWeek().getValue() - 1) * 24 * 60
        + local.getHour() * 60
        + local.getMinute();
  }

  /** An interval starting Monday 00:00 that continues one ending Sunday 24:00 is no opening. */
  private boolean continuesOpening(Interval interval) {
    for (Interval other : intervals) {
      if (other.end() == interval.start()
          || (interval.start() == 0 && other.end() == MINUTES_PER_WEEK)) {
        return true;
      }
    }
    return false;
  }

  private static boolean isWeekly(Schedule s) {
    return s.opensAt() != null
        && s.closesAt() != null
        && s.byday() != null
        && !s.byday().isBlank()
        && (s.freq() == null || s.freq().equalsIgnoreCase("WEEKLY"));
  }

  private static boolean isValidOn(Schedule s, LocalDate day) {
    return (s.validFrom() == null || !day.isBefore(s.validFrom()))
        && (s.validTo() == null || !day.isAfter(s.validTo()))
        && (s.until() == null || !day.isAfter(s.until()));
  }

  private static void addIntervals(Schedule s, List<Interval> into) {
    int opens = minutes(s.opensAt());
    int closes = s.closesAt().equals(LocalTime.of(23, 59)) ? 24 * 60 : minutes(s.closesAt());
    if (closes <= opens) {
      closes += 24 * 60; // overnight, or 00:00–00:00 meaning the whole day
    }
    for (String code : s.byday().split(",")) {
      Optional<DayOfWeek> day = dayOf(code);
      if (day.isPresent()) {
        int start = (day.get().getValue() - 1) * 24 * 60 + opens;
        int end = (day.get().getValue() - 1) * 24 * 60 + closes;
        if (end <= MINUTES_PER_WEEK) {
          into.add(new Interval(start, end));
        } else {
          into.add(new Interval(start, MINUTES_PER_WEEK));
          into.add(new Interval(0, end - MINUTES_PER_WEEK));
        }
      }
    }
  }

  private static int minutes(LocalTime time) {
    return time.getHour() * 60 + time.getMinute();
  }

  private static Optional<DayOfWeek> dayOf(String code) {
    String c = code.trim().toUpperCase(Locale.ROOT);
    if (c.length() < 2) {
      return Optional.empty();
    }
    return switch (c.substring(c.length() - 2)) {
      case "MO" -> Optional.of(DayOfWeek.MONDAY);
      case "TU" -> Optional.of(DayOfWeek.TUESDAY);
      case "WE" -> Optional.of(DayOfWeek.WEDNESDAY);
      case "TH" -> Optional.of(DayOfWeek.THURSDAY);
      case "FR" -> Optional.of(DayOfWeek.FRIDAY);
      case "SA" -> Optional.of(DayOfWeek.SATURDAY);
      case "SU" -> Optional.of(DayOfWeek.SUNDAY);
      default -> Optional.empty();
    };
  }
}
