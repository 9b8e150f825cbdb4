package ca.repere.insights.figures;

import ca.repere.insights.suppression.Hierarchy;
import ca.repere.insights.suppression.ProtectedTable;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * One protected snapshot of the rollups: for each {@link Measure}, a table over period × territory
 * × breakdown where every small count and its complements are suppressed. Everything that leaves
 * the module (open data, dashboard, CSV) is read from here, so every answer is cut from the same
 * suppression pattern. Codes are those of {@link Axes}.
 */
public final class Figures {

  private final Map<Measure, ProtectedTable> tables;
  private final YearMonth lastComplete;
  private final long version;

  Figures(Map<Measure, ProtectedTable> tables, YearMonth lastComplete, long version) {
    this.tables = new EnumMap<>(tables);
    this.lastComplete = lastComplete;
    this.version = version;
  }

  public YearMonth lastComplete() {
    return lastComplete;
  }

  long version() {
    return version;
  }

  /** The published count, or null when it is suppressed (or the cell does not exist). */
  public Long count(Measure measure, String period, String territory, String breakdown) {
    ProtectedTable table = tables.get(measure);
    Hierarchy time = table.dimension(0);
    Hierarchy places = table.dimension(1);
    Hierarchy parts = table.dimension(2);
    if (!time.has(period) || !places.has(territory) || !parts.has(breakdown)) {
      return null;
    }
    return table.publishedValue(time.node(period), places.node(territory), parts.node(breakdown));
  }

  /** The unpublished truth, for this module's tests only. */
  long secretCount(Measure measure, String period, String territory, String breakdown) {
    ProtectedTable table = tables.get(measure);
    return table.value(
        table.dimension(0).node(period),
        table.dimension(1).node(territory),
        table.dimension(2).node(breakdown));
  }

  /** Whether the period exists (complete, within the published window). */
  public boolean hasPeriod(String period) {
    return tables.get(Measure.CONTACTS).dimension(0).has(period);
  }

  /** The published periods of a kind ("month", "quarter", "year"), oldest first. */
  public List<String> periods(String kind) {
    Hierarchy time = tables.get(Measure.CONTACTS).dimension(0);
    List<String> periods = new ArrayList<>();
    for (int node = 0; node < time.size(); node++) {
      String code = time.code(node);
      boolean matches =
          switch (kind) {
            case "year" -> code.length() == 4;
            case "quarter" -> code.contains("Q");
            default -> code.length() == 7 && !code.contains("Q");
          };
      if (matches) {
        periods.add(code);
      }
    }
    periods.sort(null);
    return periods;
  }

  /** The months a period covers. */
  public static YearMonth[] months(String period) {
    if (period.length() == 4) {
      int year = Integer.parseInt(period);
      return new YearMonth[] {YearMonth.of(year, 1), YearMonth.of(year, 12)};
    }
    if (period.contains("Q")) {
      int year = Integer.parseInt(period.substring(0, 4));
      int quarter = period.charAt(6) - '0';
      return new YearMonth[] {YearMonth.of(year, quarter * 3 - 2), YearMonth.of(year, quarter * 3)};
    }
    YearMonth month = YearMonth.parse(period);
    return new YearMonth[] {month, month};
  }
}
