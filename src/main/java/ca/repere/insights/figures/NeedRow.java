package ca.repere.insights.figures;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;

/**
 * One published row of needs figures. A suppressed count is null (and {@code suppressed} true); the
 * rate, derived from the contacts, is null with them.
 *
 * @param category "all" or a top category code
 * @param contacts contacts that expressed a need in the category (all contacts for "all")
 * @param ratePer10k contacts per 10,000 inhabitants
 */
public record NeedRow(
    String period,
    @JsonProperty("territory_code") String territoryCode,
    @JsonProperty("territory_name") String territoryName,
    String category,
    Long contacts,
    Long needs,
    Long unmet,
    @JsonProperty("rate_per_10k") BigDecimal ratePer10k,
    boolean suppressed) {

  public static final List<String> COLUMNS =
      List.of(
          "period",
          "territory_code",
          "territory_name",
          "category",
          "contacts",
          "needs",
          "unmet",
          "rate_per_10k",
          "suppressed");

  /** The rows of a query: periods, then territories, then categories. */
  public static List<NeedRow> of(NeedsQuery query, Figures figures, Territories territories) {
    List<NeedRow> rows = new ArrayList<>();
    for (String period : query.periods()) {
      for (String place : query.territories()) {
        Territories.Territory territory = territories.find(place).orElseThrow();
        for (String category : query.categories()) {
          rows.add(row(figures, period, territory, category));
        }
      }
    }
    return rows;
  }

  public static NeedRow row(
      Figures figures, String period, Territories.Territory territory, String category) {
    Long contacts = figures.count(Measure.CONTACTS, period, territory.code(), category);
    Long needs = figures.count(Measure.NEEDS, period, territory.code(), category);
    Long unmet = figures.count(Measure.UNMET, period, territory.code(), category);
    BigDecimal rate =
        contacts == null || territory.population() <= 0
            ? null
            : BigDecimal.valueOf(contacts * 10_000.0 / territory.population())
                .setScale(2, RoundingMode.HALF_UP);
    return new NeedRow(
        period,
        territory.code().substring(territory.code().indexOf(':') + 1),
        territory.name(),
        category.equals(Axes.ALL) ? "all" : category,
        contacts,
        needs,
        unmet,
        rate,
        contacts == null || needs == null || unmet == null);
  }

  /** The row as CSV values, in {@link #COLUMNS} order (empty for a suppressed value). */
  public List<String> csv() {
    return List.of(
        period,
        territoryCode,
        territoryName,
        category,
        text(contacts),
        text(needs),
        text(unmet),
        ratePer10k == null ? "" : ratePer10k.toPlainString(),
        String.valueOf(suppressed));
  }

  private static String text(Long value) {
    return value == null ? "" : value.toString();
  }
}
