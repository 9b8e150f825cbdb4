package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class QuebecHolidaysTests {

  @Test
  void knowsTheStatutoryHolidaysOf2026() {
    assertThat(QuebecHolidays.of(2026))
        .containsExactly(
            LocalDate.of(2026, 1, 1),
            LocalDate.of(2026, 4, 3), // Good Friday
            LocalDate.of(2026, 4, 6), // Easter Monday
            LocalDate.of(2026, 5, 18), // Journée nationale des patriotes
            LocalDate.of(2026, 6, 24),
            LocalDate.of(2026, 7, 1),
            LocalDate.of(2026, 9, 7),
            LocalDate.of(2026, 10, 12),
            LocalDate.of(2026, 12, 25));
  }

  @Test
  void movesCanadaDayAndTheFeteNationaleOffASunday() {
    assertThat(QuebecHolidays.isHoliday(LocalDate.of(2029, 7, 2))).isTrue(); // July 1 is a Sunday
    assertThat(QuebecHolidays.isHoliday(LocalDate.of(2029, 7, 1))).isFalse();
    assertThat(QuebecHolidays.isHoliday(LocalDate.of(2029, 6, 25))).isTrue(); // June 24 a Sunday
    assertThat(QuebecHolidays.isHoliday(LocalDate.of(2026, 6, 25))).isFalse();
  }

  @Test
  void computesEaster() {
    assertThat(QuebecHolidays.easterSunday(2025)).isEqualTo(LocalDate.of(2025, 4, 20));
    assertThat(QuebecHolidays.easterSunday(2027)).isEqualTo(LocalDate.of(2027, 3, 28));
  }
}
