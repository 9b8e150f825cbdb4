package ca.repere.insights.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.geography.Geography;
import ca.repere.geography.Municipality;
import ca.repere.insights.figures.Figures;
import ca.repere.insights.figures.Measure;
import ca.repere.insights.figures.PublishedFigures;
import ca.repere.insights.figures.Territories;
import ca.repere.insights.figures.Territories.Territory;
import ca.repere.shared.Lang;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The figures behind the dashboard's charts, all read from the protected snapshot. */
@Component
class DashboardData {

  private final PublishedFigures figures;
  private final Territories territories;
  private final Geography geography;
  private final RepereTaxonomy taxonomy;
  private final MessageSource messages;
  private final JdbcClient jdbc;
  private volatile Centres centres;

  DashboardData(
      PublishedFigures figures,
      Territories territories,
      Geography geography,
      RepereTaxonomy taxonomy,
      MessageSource messages,
      JdbcClient jdbc) {
    this.figures = figures;
    this.territories = territories;
    this.geography = geography;
    this.taxonomy = taxonomy;
    this.messages = messages;
    this.jdbc = jdbc;
  }

  Map<String, Object> charts(
      Figures current, DashboardController.Selection selection, CurrentUser me, Locale locale) {
    Map<String, Object> charts = new LinkedHashMap<>();
    String period = selection.period();
    String category = selection.category();
    List<String> months = current.periods("month");
    charts.put("months", months);
    charts.put("territories", selection.territories().stream().map(Territory::name).toList());
    List<List<Long>> overTime = new ArrayList<>();
    List<List<Object>> seasonality = new ArrayList<>();
    for (Territory t : selection.territories()) {
      overTime.add(
          months.stream().map(m -> current.count(Measure.NEEDS, m, t.code(), category)).toList());
      seasonality.add(seasonality(current, months, t, category));
    }
    charts.put("overTime", overTime);
    charts.put("seasonality", seasonality);
    Territory main = selection.territory();
    charts.put("topNeeds", topNeeds(current, selection, locale));
    charts.put("topNeedsCategory", category.equals("*") ? null : category);
    charts.put(
        "reasons",
        parts(
            current,
            Measure.UNMET,
            period,
            main,
            figures.reasons().stream().map(r -> "reason:" + r).toList(),
            r -> messages.getMessage("contacts.unmetReason." + r.substring(7), null, locale)));
    charts.put(
        "channels",
        parts(
            current,
            Measure.CONTACTS,
            period,
            main,
            figures.channels().stream().map(c -> "channel:" + c).toList(),
            c -> messages.getMessage("contacts.channel." + c.substring(8), null, locale)));
    Long unmet = current.count(Measure.UNMET, period, main.code(), category);
    Long needs = current.count(Measure.NEEDS, period, main.code(), category);
    charts.put(
        "unmetRate",
        unmet == null || needs == null || needs == 0
            ? null
            : Math.round(unmet * 1000.0 / needs) / 10.0);
    charts.put("regions", regions(current, period, me));
    charts.put("points", points(current, period, main, me));
    return charts;
  }

  /**
   * Top needs of the selected territory and period: the categories, or, once a category is chosen,
   * its sub-categories (the drill-down), each with its published count (null when suppressed).
   */
  List<Map<String, Object>> topNeeds(
      Figures current, DashboardController.Selection selection, Locale locale) {
    String category = selection.category();
    List<String> codes =
        category.equals("*") ? figures.categories() : figures.subcategories(category);
    if (selection.period() == null) {
      return List.of();
    }
    return parts(
        current,
        Measure.NEEDS,
        selection.period(),
        selection.territory(),
        codes,
        c -> categoryName(c, locale));
  }

  /** The months a fixed period covers that are published, oldest first. */
  static List<String> monthsOf(Figures current, String period) {
    YearMonth[] range = Figures.months(period);
    return current.periods("month").stream()
        .filter(
            m -> !YearMonth.parse(m).isBefore(range[0]) && !YearMonth.parse(m).isAfter(range[1]))
        .toList();
  }

  /** Chat service levels of the last twelve months, with small counts suppressed. */
  List<ServiceLevel> service() {
    int threshold = figures.threshold();
    return jdbc.sql(
            """
            select to_char(month, 'YYYY-MM') as month,
              coalesce(sum(chats) filter (where outcome = 'answered'), 0) as answered,
              coalesce(sum(chats) filter (where outcome = 'abandoned'), 0) as abandoned,
              coalesce(sum(chats) filter (where outcome = 'offline'), 0) as offline,
              coalesce(sum(waited_seconds) filter (where outcome = 'answered'), 0) as waited
            from insights.chat_service
            where month >= date_trunc('month', now()) - interval '12 months'
              and month < date_trunc('month', now())
            group by month order by month desc
            """)
        .query(
            (rs, i) ->
                ServiceLevel.protect(
                    rs.getString("month"),
                    rs.getLong("answered"),
                    rs.getLong("abandoned"),
                    rs.getLong("offline"),
                    rs.getLong("waited"),
                    threshold))
        .list();
  }

  /**
   * A month of chat service: no total is shown, so suppressing a small count and, when it is the
   * only one, the smallest other keeps each of them hidden.
   */
  record ServiceLevel(String month, Long answered, Long abandoned, Long offline, Long averageWait) {

    static ServiceLevel protect(
        String month, long answered, long abandoned, long offline, long waited, int threshold) {
      long[] counts = {answered, abandoned, offline};
      boolean[] hidden = new boolean[3];
      int small = 0;
      for (int i = 0; i < 3; i++) {
        hidden[i] = counts[i] > 0 && counts[i] < threshold;
        small += hidden[i] ? 1 : 0;
      }
      if (small == 1) {
        int complement = -1;
        for (int i = 0; i < 3; i++) {
          if (!hidden[i] && (complement < 0 || counts[i] < counts[complement])) {
            complement = i;
          }
        }
        hidden[complement] = true;
      }
      return new ServiceLevel(
          month,
          hidden[0] ? null : answered,
          hidden[1] ? null : abandoned,
          hidden[2] ? null : offline,
          hidden[0] || answered == 0 ? null : waited / answered);
    }
  }

  private List<Object> seasonality(
      Figures current, List<String> months, Territory t, String category) {
    List<Object> averages = new ArrayList<>();
    for (int m = 1; m <= 12; m++) {
      long sum = 0;
      int count = 0;
      for (String month : months) {
        Long value =
            YearMonth.parse(month).getMonthValue() == m
                ? current.count(Measure.NEEDS, month, t.code(), category)
                : null;
        if (value != null) {
          sum += value;
          count++;
        }
      }
      averages.add(count == 0 ? null : Math.round(sum * 10.0 / count) / 10.0);
    }
    return averages;
  }

  private List<Map<String, Object>> parts(
      Figures current,
      Measure measure,
      String period,
      Territory t,
      List<String> codes,
      java.util.function.Function<String, String> name) {
    List<Map<String, Object>> parts = new ArrayList<>();
    for (String code : codes) {
      Map<String, Object> part = new LinkedHashMap<>();
      part.put("code", code);
      part.put("name", name.apply(code));
      part.put("value", current.count(measure, period, t.code(), code));
      parts.add(part);
    }
    return parts;
  }

  private List<Map<String, Object>> regions(Figures current, String period, CurrentUser me) {
    List<Map<String, Object>> regions = new ArrayList<>();
    for (Territory r : territories.level("region")) {
      Map<String, Object> region = new LinkedHashMap<>();
      region.put("code", r.code().substring(7));
      region.put("name", r.name());
      region.put("value", territories.mayView(me, r.code()) ? rate(current, period, r) : null);
      regions.add(region);
    }
    return regions;
  }

  /** The MRCs of the selected territory's region as points sized by their rate. */
  private List<Map<String, Object>> points(
      Figures current, String period, Territory main, CurrentUser me) {
    List<String> chain = territories.withAncestors(main.code());
    String region = chain.stream().filter(c -> c.startsWith("region:")).findFirst().orElse(null);
    List<Map<String, Object>> points = new ArrayList<>();
    if (region == null) {
      return points;
    }
    Map<String, double[]> centres = mrcCentres();
    for (Territory mrc : territories.level("mrc")) {
      if (!region.equals(mrc.parent()) || !territories.mayView(me, mrc.code())) {
        continue;
      }
      double[] centre = centres.get(mrc.code());
      if (centre != null) {
        Map<String, Object> point = new LinkedHashMap<>();
        point.put("name", mrc.name());
        point.put("value", List.of(centre[0], centre[1], rateOrZero(rate(current, period, mrc))));
        point.put("rate", rate(current, period, mrc));
        points.add(point);
      }
    }
    return points;
  }

  /**
   * The population-weighted centre (longitude, latitude) of every MRC with inhabited, located
   * municipalities, by MRC territory code; computed once per gazetteer, not at every request.
   */
  private Map<String, double[]> mrcCentres() {
    List<Municipality> municipalities = geography.municipalities();
    Centres known = centres;
    if (known != null && known.municipalities() == municipalities) {
      return known.byMrc();
    }
    Map<String, double[]> sums = new LinkedHashMap<>();
    for (Municipality m : municipalities) {
      if (m.mrcCode() != null && m.point() != null && m.population() > 0) {
        double[] sum = sums.computeIfAbsent("mrc:" + m.mrcCode(), k -> new double[3]);
        sum[0] += m.point().longitude() * m.population();
        sum[1] += m.point().latitude() * m.population();
        sum[2] += m.population();
      }
    }
    Map<String, double[]> byMrc = new LinkedHashMap<>();
    sums.forEach((mrc, sum) -> byMrc.put(mrc, new double[] {sum[0] / sum[2], sum[1] / sum[2]}));
    centres = new Centres(municipalities, Map.copyOf(byMrc));
    return centres.byMrc();
  }

  private record Centres(List<Municipality> municipalities, Map<String, double[]> byMrc) {}

  private static double rateOrZero(Double rate) {
    return rate == null ? 0 : rate;
  }

  private static Double rate(Figures current, String period, Territory t) {
    Long contacts = current.count(Measure.CONTACTS, period, t.code(), "*");
    return contacts == null || t.population() <= 0
        ? null
        : Math.round(contacts * 100_000.0 / t.population()) / 10.0;
  }

  String categoryName(String code, Locale locale) {
    if (PublishedFigures.unspecified(code)) {
      String category = code.substring(0, code.length() - 2);
      return messages.getMessage(
          "insights.dashboard.unspecified", new Object[] {categoryName(category, locale)}, locale);
    }
    return taxonomy.term(code).map(c -> c.name().in(Lang.parse(locale.getLanguage()))).orElse(code);
  }
}
