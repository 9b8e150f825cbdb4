package ca.repere.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class ChatHoursTests {

  @Test
  void readsDayRangesAndSingleDays() {
    var openings = ChatHours.parse("MON-FRI 08:00-21:00; sat 09:00-17:00");

    assertThat(openings).hasSize(6);
    assertThat(openings.get(0))
        .isEqualTo(
            new ChatHours.Opening(
                DayOfWeek.MONDAY, LocalTime.of(8, 0), LocalTime.of(21, 0), false));
    assertThat(openings.get(5).day()).isEqualTo(DayOfWeek.SATURDAY);
  }

  @Test
  void refusesHoursItCannotReadNamingThePart() {
    assertThatThrownBy(() -> ChatHours.parse("MON-FRI 08:00-21:00; lundi 9h"))
        .isInstanceOfSatisfying(
            ChatRejected.class,
            e -> {
              assertThat(e.messageKey()).isEqualTo("chat.error.hours");
              assertThat(e.arguments()).containsExactly("LUNDI 9H");
            });
  }

  @Test
  void listsTheComingYearsStatutoryHolidaysInOrder() {
    var holidays = ChatHours.holidaysFrom(LocalDate.of(2026, 11, 29));

    assertThat(holidays)
        .contains(
            LocalDate.of(2026, 12, 25),
            LocalDate.of(2027, 1, 1),
            LocalDate.of(2027, 6, 24),
            LocalDate.of(2027, 7, 1))
        .doesNotContain(LocalDate.of(2026, 12, 24), LocalDate.of(2027, 11, 29))
        .isSorted()
        .allMatch(ca.repere.search.StatutoryHolidays::isHoliday);
    assertThat(holidays.get(0)).isEqualTo(LocalDate.of(2026, 12, 25));
  }
}
