package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.directory.Schedule;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpeningHoursTests {

  private static final LocalDate DAY = LocalDate.of(2026, 11, 25); // a Wednesday

  private static Schedule weekly(String days, int opens, int closes) {
    return Schedule.weekly(
        UUID.randomUUID(), null, null, days, LocalTime.of(opens, 0), LocalTime.of(closes % 24, 0));
  }

  private static ZonedDateTime at(int year, int month, int day, int hour, int minute) {
    return LocalDateTime.of(year, month, day, hour, minute).atZone(OpeningHours.QUEBEC);
  }

  @Test
  void isOpenDuringItsWeeklyHoursInQuebecTime() {
    OpeningHours hours = OpeningHours.of(List.of(weekly("MO,WE,FR", 9, 17)), DAY);

    assertThat(hours.isOpenAt(at(2026, 11, 25, 9, 0))).isTrue();
    assertThat(hours.isOpenAt(at(2026, 11, 25, 16, 59))).isTrue();
    assertThat(hours.isOpenAt(at(2026, 11, 25, 17, 0))).isFalse();
    assertThat(hours.isOpenAt(at(2026, 11, 26, 10, 0))).isFalse(); // Thursday
    // 15:30 UTC is 10:30 in Montréal in November
    assertThat(hours.isOpenAt(ZonedDateTime.parse("2026-11-25T15:30:00Z"))).isTrue();
  }

  @Test
  void overnightHoursContinuePastMidnightAndPastSunday() {
    OpeningHours hours = OpeningHours.of(List.of(weekly("SU", 22, 2)), DAY);

    assertThat(hours.isOpenAt(at(2026, 11, 29, 23, 0))).isTrue();
    assertThat(hours.isOpenAt(at(2026, 11, 30, 1, 30))).isTrue(); // Monday morning
    assertThat(hours.isOpenAt(at(2026, 11, 30, 2, 30))).isFalse();
  }

  @Test
  void regularHoursDoNotApplyOnStatutoryHolidaysButAroundTheClockLinesStayOpen() {
    OpeningHours office = OpeningHours.of(List.of(weekly("MO,TU,WE,TH,FR", 9, 17)), DAY);
    OpeningHours line =
        OpeningHours.of(
            List.of(
                Schedule.weekly(
                    UUID.randomUUID(),
                    null,
                    null,
                    "MO,TU,WE,TH,FR,SA,SU",
                    LocalTime.MIDNIGHT,
                    LocalTime.of(23, 59))),
            DAY);
    ZonedDateTime christmas = at(2026, 12, 25, 10, 0); // a Friday
    ZonedDateTime feteNationale = at(2026, 6, 24, 10, 0); // a Wednesday

    assertThat(office.isOpenAt(christmas)).isFalse();
    assertThat(office.isOpenAt(feteNationale)).isFalse();
    assertThat(line.isAlwaysOpen()).isTrue();
    assertThat(line.isOpenAt(christmas)).isTrue();
  }

  @Test
  void nextOpeningSkipsClosedDaysAndHolidays() {
    OpeningHours hours = OpeningHours.of(List.of(weekly("MO,TU,WE,TH,FR", 9, 17)), DAY);

    assertThat(hours.nextOpening(at(2026, 11, 25, 18, 0))).contains(at(2026, 11, 26, 9, 0));
    assertThat(hours.nextOpening(at(2026, 11, 27, 18, 0))).contains(at(2026, 11, 30, 9, 0));
    // Thursday Dec 24 evening: Friday is Christmas, so next is Monday the 28th
    assertThat(hours.nextOpening(at(2026, 12, 24, 18, 0))).contains(at(2026, 12, 28, 9, 0));
  }

  @Test
  void nextOpeningKeepsTheWallClockWhenTheClocksChange() {
    OpeningHours sundays = OpeningHours.of(List.of(weekly("SU", 9, 12)), DAY);
    OpeningHours mondays = OpeningHours.of(List.of(weekly("MO", 9, 12)), DAY);

    // clocks go forward on Sunday March 8, 2026 at 2:00, back on Sunday November 1 at 2:00
    assertThat(sundays.nextOpening(at(2026, 3, 7, 18, 0))).contains(at(2026, 3, 8, 9, 0));
    assertThat(sundays.nextOpening(at(2026, 10, 31, 18, 0))).contains(at(2026, 11, 1, 9, 0));
    assertThat(mondays.nextOpening(at(2026, 3, 3, 18, 0))).contains(at(2026, 3, 9, 9, 0));
    assertThat(sundays.nextOpening(at(2026, 3, 7, 18, 0)).orElseThrow().getOffset())
        .isEqualTo(java.time.ZoneOffset.ofHours(-4));
  }

  @Test
  void ignoresSchedulesOutsideTheirValidityAndRowsWithoutHours() {
    Schedule expired =
        new Schedule(
            UUID.randomUUID(),
            null,
            null,
            null,
            LocalDate.of(2025, 1, 1),
            LocalDate.of(2025, 12, 31),
            null,
            null,
            null,
            null,
            null,
            "WEEKLY",
            1,
            "WE",
            null,
            null,
            null,
            ca.repere.shared.LocalizedText.EMPTY,
            LocalTime.of(9, 0),
            LocalTime.of(17, 0),
            null,
            null,
            ca.repere.shared.LocalizedText.EMPTY);
    Schedule noHours = Schedule.weekly(UUID.randomUUID(), null, null, "WE", null, null);

    assertThat(OpeningHours.of(List.of(expired, noHours), DAY).isKnown()).isFalse();
  }
}
