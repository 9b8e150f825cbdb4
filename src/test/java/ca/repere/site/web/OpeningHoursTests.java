package ca.repere.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.directory.Schedule;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class OpeningHoursTests {

  static Schedule weekly(String days, int opens, int closes) {
    return Schedule.weekly(
        UUID.randomUUID(), null, null, days, LocalTime.of(opens, 0), LocalTime.of(closes, 30));
  }

  static ZonedDateTime montreal(int day, int hour) {
    // November 2026: the 30th is a Monday
    return LocalDateTime.of(2026, 11, day, hour, 0).atZone(OpeningHours.QUEBEC);
  }

  final OpeningHours weekdaysAndSaturday =
      OpeningHours.of(List.of(weekly("MO,TU,WE,TH,FR", 9, 16), weekly("SA", 10, 12)));

  @Test
  void readsWeeklyHoursAsAPersonSaysThemInFrenchAndEnglish() {
    assertThat(weekdaysAndSaturday.describe(Locale.CANADA_FRENCH))
        .containsExactly("Lundi au vendredi : de 9 h à 16 h 30", "Samedi : de 10 h à 12 h 30");
    assertThat(weekdaysAndSaturday.describe(Locale.CANADA))
        .containsExactly(
            "Monday to Friday: 9 a.m. to 4:30 p.m.", "Saturday: 10 a.m. to 12:30 p.m.");
  }

  @Test
  void listsDaysThatDoNotFollowEachOther() {
    assertThat(OpeningHours.of(List.of(weekly("MO,WE,FR", 13, 15))).describe(Locale.CANADA_FRENCH))
        .containsExactly("Lundi, mercredi et vendredi : de 13 h à 15 h 30");
  }

  @Test
  void isOpenDuringItsHoursInQuebecTimeOnly() {
    assertThat(weekdaysAndSaturday.isOpenAt(montreal(30, 10))).isTrue();
    assertThat(weekdaysAndSaturday.isOpenAt(montreal(30, 8))).isFalse();
    assertThat(weekdaysAndSaturday.isOpenAt(montreal(29, 10))).isFalse();
    // 15:00 UTC is 10:00 in Montréal
    assertThat(
            weekdaysAndSaturday.isOpenAt(
                montreal(30, 10).withZoneSameInstant(java.time.ZoneOffset.UTC)))
        .isTrue();
  }

  @Test
  void theNextOpeningSkipsTheClosedDays() {
    assertThat(weekdaysAndSaturday.nextOpening(montreal(28, 13)))
        .contains(LocalDateTime.of(2026, 11, 30, 9, 0));
    assertThat(OpeningHours.of(List.of()).nextOpening(montreal(28, 13))).isEmpty();
  }

  @Test
  void aStatutoryHolidayClosesRegularHoursButNotA24HourLine() {
    // Christmas 2026 is a Friday; Labour Day, 7 September 2026, a Monday
    ZonedDateTime christmasMorning =
        LocalDateTime.of(2026, 12, 25, 10, 0).atZone(OpeningHours.QUEBEC);
    assertThat(weekdaysAndSaturday.isOpenAt(christmasMorning)).isFalse();
    assertThat(weekdaysAndSaturday.nextOpening(christmasMorning.minusDays(1).withHour(17)))
        .contains(LocalDateTime.of(2026, 12, 26, 10, 0));
    OpeningHours mondays = OpeningHours.of(List.of(weekly("MO", 9, 11)));
    assertThat(mondays.nextOpening(LocalDateTime.of(2026, 9, 4, 12, 0).atZone(OpeningHours.QUEBEC)))
        .contains(LocalDateTime.of(2026, 9, 14, 9, 0));
    OpeningHours always =
        OpeningHours.of(
            List.of(
                Schedule.weekly(
                    UUID.randomUUID(),
                    null,
                    null,
                    "MO,TU,WE,TH,FR,SA,SU",
                    LocalTime.MIDNIGHT,
                    LocalTime.of(23, 59))));
    assertThat(always.isOpenAt(christmasMorning)).isTrue();
  }
}
