package ca.repere.lists.view;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.shared.Lang;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;

class PlainHoursTests {

  static final LocalTime NINE = LocalTime.of(9, 0);
  static final LocalTime FIVE_PM = LocalTime.of(17, 0);

  @Test
  void consecutiveDaysReadAsARange() {
    assertThat(PlainHours.of("MO,TU,WE,TH,FR", NINE, FIVE_PM, Lang.FR))
        .isEqualTo("du lundi au vendredi, de 9 h à 17 h");
    assertThat(PlainHours.of("MO,TU,WE,TH,FR", NINE, FIVE_PM, Lang.EN))
        .isEqualTo("Monday to Friday, 9:00 a.m. to 5:00 p.m.");
  }

  @Test
  void scatteredDaysAreListedInWeekOrder() {
    assertThat(PlainHours.of("FR,MO,WE", LocalTime.of(13, 30), LocalTime.of(16, 0), Lang.FR))
        .isEqualTo("lundi, mercredi, vendredi, de 13 h 30 à 16 h");
    assertThat(PlainHours.of("TU", LocalTime.of(12, 0), LocalTime.of(12, 45), Lang.EN))
        .isEqualTo("Tuesday, 12:00 p.m. to 12:45 p.m.");
    assertThat(PlainHours.of("TU", NINE, FIVE_PM, Lang.FR)).isEqualTo("le mardi, de 9 h à 17 h");
  }
}
