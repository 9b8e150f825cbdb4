package ca.repere.insights.figures;

import ca.repere.contacts.Channel;
import ca.repere.contacts.UnmetReason;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.geography.Geography;
import ca.repere.insights.rollup.Rollups;
import ca.repere.insights.suppression.Hierarchy;
import ca.repere.insights.suppression.ProtectedTable;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The current {@link Figures}: rebuilt from the rollups when they changed (at most once per {@code
 * repere.insights.refresh}) or when a month completes. The first snapshot is built in the
 * background as soon as the web application is ready, and later ones are built in the background
 * while readers keep the previous one: no request pays for a build (building reads a whole month
 * rollup and protects a table of millions of cells, seconds at the benchmark's scale), except one
 * arriving before the very first snapshot exists, which waits for it.
 */
@Component
public class PublishedFigures {

  private static final Logger log = LoggerFactory.getLogger(PublishedFigures.class);

  private final JdbcTemplate streaming;
  private final TransactionTemplate readOnly;
  private final Geography geography;
  private final Rollups rollups;
  private final int threshold;
  private final Duration refresh;
  private final List<String> categories;
  private final Map<String, List<String>> subcategories = new LinkedHashMap<>();
  private final List<String> channels = Arrays.stream(Channel.values()).map(Channel::code).toList();
  private final List<String> reasons =
      Arrays.stream(UnmetReason.values()).map(UnmetReason::code).toList();
  private final String task;
  private final ExecutorService builder =
      Executors.newSingleThreadExecutor(
          r -> {
            Thread thread = new Thread(r, "insights-figures");
            thread.setDaemon(true);
            return thread;
          });
  private final AtomicBoolean building = new AtomicBoolean();
  private volatile Figures current;
  private volatile long builtAt;

  PublishedFigures(
      javax.sql.DataSource dataSource,
      PlatformTransactionManager transactions,
      Geography geography,
      Rollups rollups,
      RepereTaxonomy taxonomy,
      @Value("${repere.insights.suppression-threshold:5}") int threshold,
      @Value("${repere.insights.refresh:60s}") Duration refresh,
      @Value("${repere.task:}") String task) {
    this.streaming = new JdbcTemplate(dataSource);
    this.streaming.setFetchSize(20_000);
    this.readOnly = new TransactionTemplate(transactions);
    this.readOnly.setReadOnly(true);
    this.geography = geography;
    this.rollups = rollups;
    this.threshold = threshold;
    this.refresh = refresh;
    this.task = task;
    this.categories = taxonomy.topCategories().stream().map(RepereCategory::code).toList();
    for (String category : categories) {
      subcategories.put(
          category, taxonomy.subCategories(category).stream().map(RepereCategory::code).toList());
    }
  }

  /** Builds the first snapshot in the background once the web application is ready. */
  @EventListener(ApplicationReadyEvent.class)
  void warmUp() {
    if (task.isBlank()) {
      refreshInBackground();
    }
  }

  public int threshold() {
    return threshold;
  }

  /** The top categories, in taxonomy order. */
  public List<String> categories() {
    return categories;
  }

  /**
   * The sub-categories of a top category, in taxonomy order, then its "unspecified" leaf (needs
   * coded at the category itself); empty when it has none.
   */
  public List<String> subcategories(String category) {
    List<String> subs = subcategories.getOrDefault(category, List.of());
    if (subs.isEmpty()) {
      return subs;
    }
    List<String> leaves = new ArrayList<>(subs);
    leaves.add(category + Axes.UNSPECIFIED);
    return leaves;
  }

  /** Whether a breakdown code is the "unspecified" leaf of a category. */
  public static boolean unspecified(String code) {
    return code.endsWith(Axes.UNSPECIFIED);
  }

  public List<String> channels() {
    return channels;
  }

  public List<String> reasons() {
    return reasons;
  }

  /**
   * The current snapshot. A stale one (rollups changed since, or a month completed) is still
   * returned while its successor is built in the background; only the very first waits.
   */
  public Figures current() {
    Figures figures = current;
    if (figures == null) {
      return first();
    }
    YearMonth lastComplete = YearMonth.now(Rollups.QUEBEC).minusMonths(1);
    boolean stale =
        !figures.lastComplete().equals(lastComplete)
            || (System.currentTimeMillis() - builtAt > refresh.toMillis()
                && figures.version() != rollups.version());
    if (stale) {
      refreshInBackground();
    }
    return figures;
  }

  /** Builds now, whatever the age of the current snapshot (tests, after a bulk load). */
  public synchronized Figures rebuildNow() {
    current = build(YearMonth.now(Rollups.QUEBEC).minusMonths(1));
    builtAt = System.currentTimeMillis();
    return current;
  }

  private synchronized Figures first() {
    return current != null ? current : rebuildNow();
  }

  private void refreshInBackground() {
    if (building.compareAndSet(false, true)) {
      builder.execute(
          () -> {
            try {
              rebuildNow();
            } catch (RuntimeException e) {
              log.warn("Could not rebuild the insights figures: {}", e.getMessage(), e);
            } finally {
              building.set(false);
            }
          });
    }
  }

  private Figures build(YearMonth lastComplete) {
    long start = System.currentTimeMillis();
    long version = rollups.version();
    Hierarchy time = Axes.time(lastComplete);
    Hierarchy known = Axes.territory(geography, Set.of());
    Map<Measure, Hierarchy> breakdowns = new EnumMap<>(Measure.class);
    for (Measure measure : Measure.values()) {
      breakdowns.put(
          measure, Axes.breakdown(measure, categories, subcategories, channels, reasons));
    }
    Hierarchy needParts = breakdowns.get(Measure.NEEDS);
    Map<Measure, Cells> cells = new EnumMap<>(Measure.class);
    for (Measure measure : Measure.values()) {
      cells.put(measure, new Cells());
    }
    Set<String> buckets = new TreeSet<>();
    String from = (lastComplete.getYear() - 3) + "-01-01";
    String to = lastComplete.atEndOfMonth().toString();
    read(
        """
        select to_char(period, 'YYYY-MM'), region_code, mrc_code, municipality_code, channel,
          category, sum(contacts)
        from insights.contact_count
        where grain = 'M' and period between ?::date and ?::date
        group by 1, 2, 3, 4, 5, 6
        """,
        from,
        to,
        rs -> {
          String month = rs.getString(1);
          if (!time.has(month)) {
            return;
          }
          String place = place(known, rs, buckets);
          String category = rs.getString(6);
          String part = category.equals(Axes.ALL) ? "channel:" + rs.getString(5) : category;
          cells.get(Measure.CONTACTS).add(time.node(month), place, part, rs.getLong(7));
        });
    read(
        """
        select to_char(period, 'YYYY-MM'), region_code, mrc_code, municipality_code, category,
          need_code, unmet_reason, sum(needs)
        from insights.need_count
        where grain = 'M' and period between ?::date and ?::date
        group by 1, 2, 3, 4, 5, 6, 7
        """,
        from,
        to,
        rs -> {
          String month = rs.getString(1);
          if (!time.has(month)) {
            return;
          }
          int node = time.node(month);
          String place = place(known, rs, buckets);
          String category = rs.getString(5);
          String reason = rs.getString(7);
          long count = rs.getLong(8);
          String leaf =
              needParts.has(category)
                  ? Axes.needLeaf(needParts, category, rs.getString(6))
                  : category;
          cells.get(Measure.NEEDS).add(node, place, leaf, count);
          if (!reason.isEmpty()) {
            cells.get(Measure.UNMET).add(node, place, category, count);
            if (categories.contains(category)) {
              cells.get(Measure.UNMET).add(node, place, "reason:" + reason, count);
            }
          }
        });
    long read = System.currentTimeMillis() - start;
    Map<Measure, ProtectedTable> tables = new EnumMap<>(Measure.class);
    for (Measure measure : Measure.values()) {
      Hierarchy territory = Axes.territory(geography, buckets);
      Hierarchy breakdown = breakdowns.get(measure);
      ProtectedTable.Builder table = new ProtectedTable.Builder(time, territory, breakdown);
      cells.get(measure).addTo(table, territory, breakdown);
      tables.put(measure, table.protect(threshold));
    }
    log.info(
        "Protected the insights figures (version {}) in {} ms ({} ms reading the rollups)",
        version,
        System.currentTimeMillis() - start,
        read);
    return new Figures(tables, lastComplete, version);
  }

  /**
   * Streams a rollup query (in a read-only transaction, so that the driver fetches rows by batches
   * instead of holding millions of them at once).
   */
  private void read(String sql, String from, String to, RowCallbackHandler handler) {
    readOnly.executeWithoutResult(
        status -> {
          // millions of rollup rows at the benchmark's scale: group them in memory, not on disk
          streaming.execute("set local work_mem = '256MB'");
          streaming.query(sql, handler, java.sql.Date.valueOf(from), java.sql.Date.valueOf(to));
        });
  }

  /** The territory node of a rollup row (columns 2 to 4), noting the hidden buckets it needs. */
  private static String place(Hierarchy known, ResultSet rs, Set<String> buckets)
      throws SQLException {
    String place = Axes.place(known, rs.getString(2), rs.getString(3), rs.getString(4));
    if (place.contains("?")) {
      buckets.add(place);
    }
    return place;
  }

  /**
   * Leaf counts read for one table, held compactly (the benchmark's scale reads millions of rollup
   * rows): period node, place code and breakdown code, as indexes into small dictionaries.
   */
  private static final class Cells {
    private final Map<String, Integer> placeIds = new HashMap<>();
    private final List<String> places = new ArrayList<>();
    private final Map<String, Integer> partIds = new HashMap<>();
    private final List<String> parts = new ArrayList<>();
    private int size;
    private int[] periodNodes = new int[1024];
    private int[] placeOf = new int[1024];
    private int[] partOf = new int[1024];
    private long[] counts = new long[1024];

    void add(int periodNode, String place, String part, long count) {
      if (size == counts.length) {
        periodNodes = Arrays.copyOf(periodNodes, size * 2);
        placeOf = Arrays.copyOf(placeOf, size * 2);
        partOf = Arrays.copyOf(partOf, size * 2);
        counts = Arrays.copyOf(counts, size * 2);
      }
      periodNodes[size] = periodNode;
      placeOf[size] = id(placeIds, places, place);
      partOf[size] = id(partIds, parts, part);
      counts[size++] = count;
    }

    /** Adds every cell whose place and part exist in the table's hierarchies. */
    void addTo(ProtectedTable.Builder table, Hierarchy territory, Hierarchy breakdown) {
      int[] placeNodes = nodes(places, territory);
      int[] partNodes = nodes(parts, breakdown);
      for (int i = 0; i < size; i++) {
        int place = placeNodes[placeOf[i]];
        int part = partNodes[partOf[i]];
        if (place >= 0 && part >= 0) {
          table.add(counts[i], periodNodes[i], place, part);
        }
      }
    }

    private static int id(Map<String, Integer> ids, List<String> codes, String code) {
      Integer id = ids.get(code);
      if (id == null) {
        id = codes.size();
        ids.put(code, id);
        codes.add(code);
      }
      return id;
    }

    private static int[] nodes(List<String> codes, Hierarchy hierarchy) {
      return codes.stream().mapToInt(c -> hierarchy.has(c) ? hierarchy.node(c) : -1).toArray();
    }
  }
}
