package ca.repere.search.engine;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.Collections;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Québec's statutory holidays (Loi sur les normes du travail, Loi sur la fête nationale): New
 * Year's Day, Good Friday and Easter Monday (employers choose one; community services usually close
 * both), National Patriots' Day, the Fête nationale (June 25 too when June 24 is a Sunday), Canada
 * Day (July 2 when July 1 is a Sunday), Labour Day, Thanksgiving and Christmas. Regular weekly
 * hours do not apply on those days.
 */
public final class QuebecHolidays {

  /** Each year's holidays, computed once: every opening time shown asks for them. */
  private static final Map<Integer, Set<LocalDate>> BY_YEAR = new ConcurrentHashMap<>();

  private QuebecHolidays() {}

  public static boolean isHoliday(LocalDate day) {
    return of(day.getYear()).contains(day);
  }

  /** The statutory holidays of a year, in order. */
  public static Set<LocalDate> of(int year) {
    return BY_YEAR.computeIfAbsent(year, QuebecHolidays::compute);
  }

  private static Set<LocalDate> compute(int year) {
    Set<LocalDate> days = new TreeSet<>();
    days.add(LocalDate.of(year, Month.JANUARY, 1));
    LocalDate easter = easterSunday(year);
    days.add(easter.minusDays(2));
    days.add(easter.plusDays(1));
    days.add(
        LocalDate.of(year, Month.MAY, 24).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY)));
    LocalDate fete = LocalDate.of(year, Month.JUNE, 24);
    days.add(fete);
    if (fete.getDayOfWeek() == DayOfWeek.SUNDAY) {
      days.add(fete.plusDays(1));
    }
    LocalDate canada = LocalDate.of(year, Month.JULY, 1);
    days.add(canada.getDayOfWeek() == DayOfWeek.SUNDAY ? canada.plusDays(1) : canada);
    days.add(
        LocalDate.of(year, Month.SEPTEMBER, 1)
            .with(TemporalAdjusters.firstInMonth(DayOfWeek.MONDAY)));
    days.add(
        LocalDate.of(year, Month.OCTOBER, 1)
            .with(TemporalAdjusters.dayOfWeekInMonth(2, DayOfWeek.MONDAY)));
    days.add(LocalDate.of(year, Month.DECEMBER, 25));
    return Collections.unmodifiableSet(days);
  }

  /** Gregorian Easter (anonymous Gregorian algorithm). */
  static LocalDate easterSunday(int year) {
    int a = year % 19;
    int b = year / 100;
    int c = year % 100;
    int d = b / 4;
    int e = b % 4;
    int f = (b + 8) / 25;
    int g = (b - f + 1) / 3;
    int h = (19 * a + b - d - g + 15) % 30;
    int i = c / 4;
    int k = c % 4;
    int l = (32 + 2 * e + 2 * i - h - k) % 7;
    int m = (a + 11 * h + 22 * l) / 451;
    int month = (h + l - 7 * m + 114) / 31;
    int day = ((h + l - 7 * m + 114) % 31) + 1;
    return LocalDate.of(year, month, day);
  }
}
