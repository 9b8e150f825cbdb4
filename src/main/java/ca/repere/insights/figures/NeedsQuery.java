package ca.repere.insights.figures;

import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * A request for needs figures, checked: a territory level with an optional code, a range of whole
 * months, the fixed period kind to cut it into, an optional top category ("all" for every need).
 *
 * @param territories figure codes of the territories asked for
 * @param categories breakdown codes: "*" for all needs, or top categories
 */
public record NeedsQuery(List<String> territories, List<String> periods, List<String> categories) {

  /** A parameter that cannot be used: the message key (insights bundle) and its arguments. */
  public static class Invalid extends RuntimeException {
    private final String messageKey;
    private final Object[] arguments;

    Invalid(String messageKey, Object... arguments) {
      super(messageKey);
      this.messageKey = messageKey;
      this.arguments = arguments;
    }

    public String messageKey() {
      return messageKey;
    }

    public Object[] arguments() {
      return arguments.clone();
    }
  }

  /** An output format other than json or csv. */
  public static final class InvalidFormat extends Invalid {
    public InvalidFormat(String format) {
      super("insights.error.format", format);
    }
  }

  /** Checks the raw parameters of the open data API against the published figures. */
  public static NeedsQuery parse(
      String level,
      String code,
      String from,
      String to,
      String period,
      String category,
      Figures figures,
      Territories territories,
      List<String> topCategories) {
    if (level == null || !List.of("region", "mrc", "municipality").contains(level)) {
      throw new Invalid("insights.error.territory", String.valueOf(level));
    }
    List<String> places;
    if (code == null || code.isBlank()) {
      if (level.equals("municipality")) {
        throw new Invalid("insights.error.code-required");
      }
      places = territories.level(level).stream().map(Territories.Territory::code).toList();
    } else {
      String wanted = Territories.code(level, code.trim());
      if (territories.find(wanted).isEmpty()) {
        throw new Invalid("insights.error.code", code, level);
      }
      places = List.of(wanted);
    }
    String kind = period == null || period.isBlank() ? "month" : period;
    if (!List.of("month", "quarter", "year").contains(kind)) {
      throw new Invalid("insights.error.period", kind);
    }
    List<String> all = figures.periods("month");
    YearMonth first = all.isEmpty() ? figures.lastComplete() : YearMonth.parse(all.get(0));
    YearMonth start = month("from", from, first);
    YearMonth end = month("to", to, figures.lastComplete());
    if (start.isAfter(end)) {
      throw new Invalid("insights.error.range", start.toString(), end.toString());
    }
    List<String> periods =
        figures.periods(kind).stream()
            .filter(
                p -> !Figures.months(p)[0].isBefore(start) && !Figures.months(p)[1].isAfter(end))
            .toList();
    List<String> categories;
    if (category == null || category.isBlank()) {
      categories = new java.util.ArrayList<>(List.of(Axes.ALL));
      categories.addAll(topCategories);
    } else if (category.equalsIgnoreCase("all")) {
      categories = List.of(Axes.ALL);
    } else if (topCategories.contains(category.trim().toUpperCase(java.util.Locale.ROOT))) {
      categories = List.of(category.trim().toUpperCase(java.util.Locale.ROOT));
    } else {
      throw new Invalid("insights.error.category", category);
    }
    return new NeedsQuery(places, periods, categories);
  }

  private static YearMonth month(String name, String value, YearMonth otherwise) {
    if (value == null || value.isBlank()) {
      return otherwise;
    }
    try {
      return YearMonth.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new Invalid("insights.error.month", name, value);
    }
  }
}
