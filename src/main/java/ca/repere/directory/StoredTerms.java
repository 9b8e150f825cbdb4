package ca.repere.directory;

import ca.repere.directory.taxonomy.TaxonomyFiles;
import ca.repere.shared.LocalizedText;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Repère's categories and audiences as stored in {@code directory.taxonomy_term} (where curators
 * edit them), with the synonyms of the files beside them, read again once {@link #FRESHNESS} old.
 * Without a database, or before the first seeding, the files themselves.
 */
final class StoredTerms {

  /** How long a node keeps the terms it read before reading them again. */
  static final Duration FRESHNESS = Duration.ofSeconds(2);

  private static final Logger log = LoggerFactory.getLogger(StoredTerms.class);

  record Snapshot(
      List<RepereCategory> categories,
      List<RepereCategory> audiences,
      Map<String, RepereCategory> byCode,
      Set<String> retired,
      Map<String, Map<String, List<String>>> crosswalks,
      long readAt) {

    List<RepereCategory> inUse(List<RepereCategory> terms) {
      return retired.isEmpty()
          ? terms
          : terms.stream().filter(t -> !retired.contains(t.code())).toList();
    }
  }

  private final TaxonomyFiles files;
  private final JdbcTemplate jdbc;
  private final AtomicReference<Snapshot> snapshot = new AtomicReference<>();

  StoredTerms(TaxonomyFiles files, JdbcTemplate jdbc) {
    this.files = files;
    this.jdbc = jdbc;
  }

  void forget() {
    snapshot.set(null);
  }

  Snapshot current() {
    Snapshot current = snapshot.get();
    if (current == null || System.nanoTime() - current.readAt() > FRESHNESS.toNanos()) {
      current = read();
      snapshot.set(current);
    }
    return current;
  }

  private Snapshot read() {
    List<Row> rows = jdbc == null ? List.of() : rows();
    List<RepereCategory> categories =
        rows.stream().anyMatch(r -> r.taxonomy().equals(RepereTaxonomy.NAME))
            ? ordered(rows, RepereTaxonomy.NAME, files.categories())
            : files.categories();
    List<RepereCategory> audiences =
        rows.stream().anyMatch(r -> r.taxonomy().equals(RepereTaxonomy.AUDIENCES))
            ? ordered(rows, RepereTaxonomy.AUDIENCES, files.audiences())
            : files.audiences();
    Map<String, RepereCategory> byCode =
        Stream.concat(audiences.stream(), categories.stream())
            .collect(Collectors.toMap(RepereCategory::code, Function.identity(), (a, b) -> b));
    Set<String> retired =
        rows.stream().filter(Row::retired).map(Row::code).collect(Collectors.toSet());
    return new Snapshot(categories, audiences, byCode, retired, crosswalks(), System.nanoTime());
  }

  /** External taxonomy → upper-case external code → Repère codes, main one first. */
  private Map<String, Map<String, List<String>>> crosswalks() {
    Map<String, Map<String, List<String>>> crosswalks = new HashMap<>();
    if (jdbc == null) {
      return crosswalks;
    }
    try {
      jdbc.query(
          "SELECT t.taxonomy, t.code, c.repere_code FROM directory.taxonomy_crosswalk c"
              + " JOIN directory.taxonomy_term t ON t.id = c.taxonomy_term_id"
              + " ORDER BY t.taxonomy, t.code, c.position",
          rs -> {
            crosswalks
                .computeIfAbsent(rs.getString(1), k -> new HashMap<>())
                .computeIfAbsent(rs.getString(2).toUpperCase(Locale.ROOT), k -> new ArrayList<>())
                .add(rs.getString(3));
          });
    } catch (DataAccessException e) {
      log.debug("Crosswalk not readable from the database; using the files", e);
    }
    return crosswalks;
  }

  private record Row(
      String code,
      String parentCode,
      LocalizedText name,
      LocalizedText description,
      String taxonomy,
      boolean retired) {}

  private List<Row> rows() {
    try {
      return jdbc.query(
          "SELECT t.code, p.code AS parent_code, t.name_fr, t.name_en, t.description_fr,"
              + " t.description_en, t.taxonomy, t.retired_at IS NOT NULL AS retired"
              + " FROM directory.taxonomy_term t"
              + " LEFT JOIN directory.taxonomy_term p ON p.id = t.parent_id"
              + " WHERE t.taxonomy IN (?, ?) AND t.code IS NOT NULL",
          (rs, i) ->
              new Row(
                  rs.getString("code"),
                  rs.getString("parent_code"),
                  LocalizedText.of(rs.getString("name_fr"), rs.getString("name_en")),
                  LocalizedText.of(rs.getString("description_fr"), rs.getString("description_en")),
                  rs.getString("taxonomy"),
                  rs.getBoolean("retired")),
          RepereTaxonomy.NAME,
          RepereTaxonomy.AUDIENCES);
    } catch (DataAccessException e) {
      log.debug("Taxonomy terms not readable from the database; using the files", e);
      return List.of();
    }
  }

  /** The stored terms in the files' order (new ones after, by code), each top one then its own. */
  private static List<RepereCategory> ordered(
      List<Row> rows, String taxonomy, List<RepereCategory> fromFiles) {
    Map<String, RepereCategory> seeded =
        fromFiles.stream().collect(Collectors.toMap(RepereCategory::code, Function.identity()));
    Map<String, Integer> position = new HashMap<>();
    for (int i = 0; i < fromFiles.size(); i++) {
      position.put(fromFiles.get(i).code(), i);
    }
    Comparator<RepereCategory> order =
        Comparator.<RepereCategory>comparingInt(
                c -> position.getOrDefault(c.code(), Integer.MAX_VALUE))
            .thenComparing(RepereCategory::code);
    List<RepereCategory> terms =
        rows.stream()
            .filter(r -> r.taxonomy().equals(taxonomy))
            .map(r -> category(r, seeded.get(r.code())))
            .sorted(order)
            .toList();
    List<RepereCategory> result = new ArrayList<>();
    Set<String> placed = new HashSet<>();
    for (RepereCategory top : terms) {
      if (top.isTop()) {
        result.add(top);
        placed.add(top.code());
        terms.stream()
            .filter(c -> top.code().equals(c.parentCode()))
            .forEach(
                c -> {
                  result.add(c);
                  placed.add(c.code());
                });
      }
    }
    terms.stream().filter(c -> !placed.contains(c.code())).forEach(result::add);
    return List.copyOf(result);
  }

  private static RepereCategory category(Row row, RepereCategory seeded) {
    return new RepereCategory(
        row.code(),
        row.parentCode(),
        row.name(),
        row.description(),
        seeded == null ? List.of() : seeded.synonymsFr(),
        seeded == null ? List.of() : seeded.synonymsEn());
  }
}
