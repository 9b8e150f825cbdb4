package ca.repere.insights.figures;

import ca.repere.contacts.Channel;
import ca.repere.contacts.UnmetReason;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.geography.Geography;
import ca.repere.insights.rollup.Rollups;
import ca.repere.insights.suppression.Hierarchy;
import ca.repere.insights.suppression.ProtectedTable;
import java.time.Duration;
import java.time.YearMonth;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The current {@link Figures}: rebuilt from the rollups when they changed (at most once per {@code
 * repere.insights.refresh}) or when a month completes; readers never wait for a rebuild once a
 * first snapshot exists.
 */
@Component
public class PublishedFigures {

  private static final Logger log = LoggerFactory.getLogger(PublishedFigures.class);

  private final JdbcClient jdbc;
  private final Geography geography;
  private final Rollups rollups;
  private final int threshold;
  private final Duration refresh;
  private final List<String> categories;
  private final List<String> channels = Arrays.stream(Channel.values()).map(Channel::code).toList();
  private final List<String> reasons =
      Arrays.stream(UnmetReason.values()).map(UnmetReason::code).toList();
  private volatile Figures current;
  private volatile long builtAt;

  PublishedFigures(
      JdbcClient jdbc,
      Geography geography,
      Rollups rollups,
      RepereTaxonomy taxonomy,
      @Value("${repere.insights.suppression-threshold:5}") int threshold,
      @Value("${repere.insights.refresh:60s}") Duration refresh) {
    this.jdbc = jdbc;
    this.geography = geography;
    this.rollups = rollups;
    this.threshold = threshold;
    this.refresh = refresh;
    this.categories = taxonomy.topCategories().stream().map(RepereCategory::code).toList();
  }

  public int threshold() {
    return threshold;
  }

  /** The top categories, in taxonomy order. */
  public List<String> categories() {
    return categories;
  }

  public List<String> channels() {
    return channels;
  }

  public List<String> reasons() {
    return reasons;
  }

  public Figures current() {
    Figures figures = current;
    YearMonth lastComplete = YearMonth.now(Rollups.QUEBEC).minusMonths(1);
    boolean stale =
        figures == null
            || !figures.lastComplete().equals(lastComplete)
            || (System.currentTimeMillis() - builtAt > refresh.toMillis()
                && figures.version() != rollups.version());
    if (stale) {
      synchronized (this) {
        if (current == figures) {
          current = build(lastComplete);
          builtAt = System.currentTimeMillis();
        }
      }
    }
    return current;
  }

  private Figures build(YearMonth lastComplete) {
    long start = System.currentTimeMillis();
    long version = rollups.version();
    Hierarchy time = Axes.time(lastComplete);
    String from = (lastComplete.getYear() - 3) + "-01-01";
    String to = lastComplete.atEndOfMonth().toString();
    List<Row> contactRows =
        jdbc.sql(
                """
                select to_char(period, 'YYYY-MM') as month, region_code, mrc_code, municipality_code,
                  channel, category, sum(contacts) as count
                from insights.contact_count
                where grain = 'M' and period between ?::date and ?::date
                group by 1, 2, 3, 4, 5, 6
                """)
            .params(from, to)
            .query((rs, i) -> row(rs, rs.getString("channel"), rs.getString("category")))
            .list();
    List<Row> needRows =
        jdbc.sql(
                """
                select to_char(period, 'YYYY-MM') as month, region_code, mrc_code, municipality_code,
                  category, unmet_reason, sum(needs) as count
                from insights.need_count
                where grain = 'M' and period between ?::date and ?::date
                group by 1, 2, 3, 4, 5, 6
                """)
            .params(from, to)
            .query((rs, i) -> row(rs, rs.getString("unmet_reason"), rs.getString("category")))
            .list();
    Set<String> buckets = new TreeSet<>();
    Hierarchy known = Axes.territory(geography, Set.of());
    for (List<Row> rows : List.of(contactRows, needRows)) {
      rows.forEach(
          r -> {
            String place = Axes.place(known, r.region(), r.mrc(), r.municipality());
            if (place.contains("?")) {
              buckets.add(place);
            }
          });
    }
    Map<Measure, ProtectedTable> tables = new EnumMap<>(Measure.class);
    for (Measure measure : Measure.values()) {
      Hierarchy territory = Axes.territory(geography, buckets);
      Hierarchy breakdown = Axes.breakdown(measure, categories, channels, reasons);
      ProtectedTable.Builder builder = new ProtectedTable.Builder(time, territory, breakdown);
      if (measure == Measure.CONTACTS) {
        contactRows.forEach(
            r -> {
              String part = r.category().equals("*") ? "channel:" + r.kind() : r.category();
              add(builder, time, territory, breakdown, r, part);
            });
      } else {
        for (Row r : needRows) {
          if (measure == Measure.UNMET && r.kind().isEmpty()) {
            continue;
          }
          add(builder, time, territory, breakdown, r, r.category());
          if (measure == Measure.UNMET && categories.contains(r.category())) {
            add(builder, time, territory, breakdown, r, "reason:" + r.kind());
          }
        }
      }
      tables.put(measure, builder.protect(threshold));
    }
    log.info(
        "Protected the insights figures (version {}) in {} ms",
        version,
        System.currentTimeMillis() - start);
    return new Figures(tables, lastComplete, version);
  }

  private static void add(
      ProtectedTable.Builder builder,
      Hierarchy time,
      Hierarchy territory,
      Hierarchy breakdown,
      Row r,
      String part) {
    if (!time.has(r.month()) || !breakdown.has(part)) {
      return;
    }
    String place = Axes.place(territory, r.region(), r.mrc(), r.municipality());
    if (!territory.has(place)) {
      return;
    }
    builder.add(r.count(), time.node(r.month()), territory.node(place), breakdown.node(part));
  }

  private static Row row(java.sql.ResultSet rs, String kind, String category)
      throws java.sql.SQLException {
    return new Row(
        rs.getString("month"),
        rs.getString("region_code"),
        rs.getString("mrc_code"),
        rs.getString("municipality_code"),
        kind,
        category,
        rs.getLong("count"));
  }

  private record Row(
      String month,
      String region,
      String mrc,
      String municipality,
      String kind,
      String category,
      long count) {}
}
