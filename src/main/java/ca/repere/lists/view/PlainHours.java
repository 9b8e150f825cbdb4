package ca.repere.lists.view;

import ca.repere.shared.Lang;
import java.time.DayOfWeek;
import java.time.LocalTime;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Opening hours as people say them: "du lundi au vendredi, de 9 h à 17 h" or "Monday to Friday,
 * 9:00 a.m. to 5:00 p.m.", from an iCalendar BYDAY list ("MO,TU,WE") and two times.
 */
public final class PlainHours {

  private static final Map<String, DayOfWeek> DAYS =
      Map.of(
          "MO", DayOfWeek.MONDAY,
          "TU", DayOfWeek.TUESDAY,
          "WE", DayOfWeek.WEDNESDAY,
          "TH", DayOfWeek.THURSDAY,
          "FR", DayOfWeek.FRIDAY,
          "SA", DayOfWeek.SATURDAY,
          "SU", DayOfWeek.SUNDAY);

  private PlainHours() {}

  public static String of(String byday, LocalTime opens, LocalTime closes, Lang lang) {
    List<DayOfWeek> days =
        Arrays.stream(byday.split(","))
            .map(String::trim)
            .map(DAYS::get)
            .filter(Objects::nonNull)
            .distinct()
            .sorted()
            .toList();
    return lang == Lang.EN
        ? days(days, lang, " to ") + ", " + english(opens) + " to " + english(closes)
        : frenchDays(days) + ", de " + french(opens) + " à " + french(closes);
  }

  /** Consecutive days become a range ("Monday to Friday"); others are listed. */
  private static String days(List<DayOfWeek> days, Lang lang, String to) {
    return runs(days).stream()
        .map(
            run ->
                run.size() < 3
                    ? run.stream().map(d -> name(d, lang)).collect(Collectors.joining(", "))
                    : name(run.get(0), lang) + to + name(run.get(run.size() - 1), lang))
        .collect(Collectors.joining(", "));
  }

  private static String frenchDays(List<DayOfWeek> days) {
    List<List<DayOfWeek>> runs = runs(days);
    if (runs.size() == 1 && runs.get(0).size() >= 3) {
      List<DayOfWeek> run = runs.get(0);
      return "du " + name(run.get(0), Lang.FR) + " au " + name(run.get(run.size() - 1), Lang.FR);
    }
    String listed = days(days, Lang.FR, " au ");
    return days.size() == 1 ? "le " + listed : listed;
  }

  private static List<List<DayOfWeek>> runs(List<DayOfWeek> days) {
    List<List<DayOfWeek>> runs = new ArrayList<>();
    for (DayOfWeek day : days) {
      List<DayOfWeek> last = runs.isEmpty() ? null : runs.get(runs.size() - 1);
      if (last != null && last.get(last.size() - 1).plus(1) == day) {
        last.add(day);
      } else {
        runs.add(new ArrayList<>(List.of(day)));
      }
    }
    return runs;
  }

  private static String name(DayOfWeek day, Lang lang) {
    return day.getDisplayName(TextStyle.FULL, lang.locale());
  }

  /** "9 h", "9 h 30" (Office québécois de la langue française). */
  private static String french(LocalTime time) {
    return time.getHour()
        + " h"
        + (time.getMinute() == 0 ? "" : String.format(" %02d", time.getMinute()));
  }

  /** "9:00 a.m.", "12:30 p.m." (Canadian style). */
  private static String english(LocalTime time) {
    int hour = time.getHour() % 12 == 0 ? 12 : time.getHour() % 12;
    return String.format(
        "%d:%02d %s", hour, time.getMinute(), time.getHour() < 12 ? "a.m." : "p.m.");
  }
}
