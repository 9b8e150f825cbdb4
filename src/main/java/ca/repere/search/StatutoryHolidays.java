package ca.repere.search;

import ca.repere.search.engine.QuebecHolidays;
import java.time.LocalDate;

/**
 * Québec's statutory holidays, as the search engine uses them for opening hours, for other modules
 * that keep hours (the chat).
 */
public final class StatutoryHolidays {

  private StatutoryHolidays() {}

  public static boolean isHoliday(LocalDate day) {
    return QuebecHolidays.isHoliday(day);
  }
}
