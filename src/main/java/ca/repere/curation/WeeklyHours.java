package ca.repere.curation;

import ca.repere.directory.Schedule;
import java.time.LocalTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Weekly hours as people type them: "MO,TU,WE 09:00-17:00", one line per opening. */
final class WeeklyHours {

  private static final Pattern LINE =
      Pattern.compile(
          "^([A-Za-z]{2}(?:\\s*,\\s*[A-Za-z]{2})*)\\s+(\\d{1,2}:\\d{2})\\s*-\\s*(\\d{1,2}:\\d{2})$");
  private static final Set<String> DAYS = Set.of("MO", "TU", "WE", "TH", "FR", "SA", "SU");

  private WeeklyHours() {}

  static String line(Schedule schedule) {
    String days = schedule.byday() == null ? "" : schedule.byday();
    if (schedule.opensAt() == null || schedule.closesAt() == null) {
      return days;
    }
    return days + " " + schedule.opensAt() + "-" + schedule.closesAt();
  }

  static List<Problem> problems(String field, String text) {
    List<Problem> problems = new ArrayList<>();
    List<String> lines = text == null ? List.of() : text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (parse(lines.get(i), UUID.randomUUID(), UUID.randomUUID()) == null) {
        problems.add(Problem.of(field, "curation.problem.hours-line", i + 1, lines.get(i)));
      }
    }
    return problems;
  }

  /** The opening of one line, or null when the line is not understood. */
  static Schedule parse(String line, UUID id, UUID serviceId) {
    Matcher m = LINE.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    String days = m.group(1).replaceAll("\\s", "").toUpperCase(Locale.ROOT);
    if (!List.of(days.split(",")).stream().allMatch(DAYS::contains)) {
      return null;
    }
    try {
      LocalTime opens = LocalTime.parse(pad(m.group(2)));
      LocalTime closes = LocalTime.parse(pad(m.group(3)));
      return closes.isAfter(opens)
          ? Schedule.weekly(id, serviceId, null, days, opens, closes)
          : null;
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  private static String pad(String time) {
    return time.length() == 4 ? "0" + time : time;
  }
}
