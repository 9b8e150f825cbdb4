package ca.repere.chat.conversation;

import ca.repere.search.StatutoryHolidays;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * When specialists answer chats: weekly hours written {@code "MON-FRI 08:00-21:00; SAT-SUN
 * 09:00-17:00"} ({@code repere.chat.hours}, which supervisors may replace at run time), in {@code
 * repere.chat.time-zone}, closed on Québec's statutory holidays unless {@code
 * repere.chat.open-on-holidays}.
 */
@Component
public class ChatHours {

  private static final Pattern RANGE =
      Pattern.compile("([A-Z]{3})(?:-([A-Z]{3}))?\\s+(\\d{2}:\\d{2})-(\\d{2}:\\d{2})");

  private final JdbcClient jdbc;
  private final String defaultHours;
  private final ZoneId zone;
  private final boolean openOnHolidays;

  ChatHours(
      JdbcClient jdbc,
      @Value("${repere.chat.hours:MON-FRI 08:00-21:00; SAT-SUN 09:00-17:00}") String hours,
      @Value("${repere.chat.time-zone:America/Toronto}") ZoneId zone,
      @Value("${repere.chat.open-on-holidays:false}") boolean openOnHolidays) {
    this.jdbc = jdbc;
    this.defaultHours = hours;
    this.zone = zone;
    this.openOnHolidays = openOnHolidays;
    parse(hours);
  }

  /** One opening: a day of the week and a time range (end 24:00 is midnight). */
  public record Opening(DayOfWeek day, LocalTime from, LocalTime to, boolean untilMidnight) {

    boolean covers(ZonedDateTime at) {
      LocalTime time = at.toLocalTime();
      return at.getDayOfWeek() == day
          && !time.isBefore(from)
          && (untilMidnight || time.isBefore(to));
    }
  }

  public boolean isOpen(ZonedDateTime at) {
    ZonedDateTime local = at.withZoneSameInstant(zone);
    if (closedOnHolidays() && StatutoryHolidays.isHoliday(local.toLocalDate())) {
      return false;
    }
    return openings().stream().anyMatch(o -> o.covers(local));
  }

  public boolean isOpenNow() {
    return isOpen(ZonedDateTime.now(zone));
  }

  /**
   * The statutory holidays of the coming year on which the chat is closed (none when it opens on
   * holidays), from today in the chat's time zone: what the closed page lists.
   */
  public List<LocalDate> closedHolidays() {
    return closedOnHolidays() ? holidaysFrom(LocalDate.now(zone)) : List.of();
  }

  /** Québec's statutory holidays within a year from {@code from} (included), in order. */
  static List<LocalDate> holidaysFrom(LocalDate from) {
    return from.datesUntil(from.plusYears(1)).filter(StatutoryHolidays::isHoliday).toList();
  }

  public boolean closedOnHolidays() {
    return setting("holidays").map("closed"::equals).orElse(!openOnHolidays);
  }

  public List<Opening> openings() {
    return parse(text());
  }

  /** The hours as written (the supervisors' version when they changed them). */
  public String text() {
    return setting("hours").orElse(defaultHours);
  }

  private java.util.Optional<String> setting(String name) {
    return jdbc.sql("select value from chat.setting where name = :name")
        .param("name", name)
        .query(String.class)
        .optional();
  }

  /** Replaces the weekly hours; text that does not parse is refused and nothing changes. */
  @org.springframework.transaction.annotation.Transactional
  public void replace(String hours, boolean closedOnHolidays) {
    parse(hours);
    save("hours", hours.trim());
    save("holidays", closedOnHolidays ? "closed" : "open");
  }

  private void save(String name, String value) {
    jdbc.sql(
            "insert into chat.setting (name, value) values (:name, :value)"
                + " on conflict (name) do update set value = excluded.value")
        .param("name", name)
        .param("value", value)
        .update();
  }

  static List<Opening> parse(String text) {
    List<Opening> openings = new ArrayList<>();
    for (String part : text.toUpperCase(Locale.ROOT).split(";")) {
      if (part.isBlank()) {
        continue;
      }
      Matcher m = RANGE.matcher(part.trim());
      if (!m.matches()) {
        throw new ChatRejected(400, "chat.error.hours", part.trim());
      }
      DayOfWeek first = day(m.group(1), part);
      DayOfWeek last = m.group(2) == null ? first : day(m.group(2), part);
      boolean midnight = m.group(4).equals("24:00");
      LocalTime from = time(m.group(3), part);
      LocalTime to = midnight ? LocalTime.MAX : time(m.group(4), part);
      for (DayOfWeek d = first; ; d = d.plus(1)) {
        openings.add(new Opening(d, from, to, midnight));
        if (d == last) {
          break;
        }
      }
    }
    return openings;
  }

  private static DayOfWeek day(String abbreviation, String part) {
    for (DayOfWeek day : DayOfWeek.values()) {
      if (day.name().startsWith(abbreviation)) {
        return day;
      }
    }
    throw new ChatRejected(400, "chat.error.hours", part.trim());
  }

  private static LocalTime time(String text, String part) {
    try {
      return LocalTime.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new ChatRejected(400, "chat.error.hours", part.trim());
    }
  }
}
