package ca.repere.curation;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.search.SynonymSource;
import ca.repere.search.Synonyms;
import java.sql.Array;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The synonyms curators maintain from the application ("frigo communautaire" → ALIM-BANQ). Search
 * reads them as a {@link SynonymSource} when it interprets a query: a phrase maps to its codes, and
 * the codes match the services of those categories, so no reindex is needed. A change reloads this
 * node's dictionary at once, and every other node within {@code
 * repere.curation.synonyms.check-every} (2 s: they poll a one-row version number).
 */
@Service
public class SynonymDictionary implements SynonymSource {

  /** A phrase and the taxonomy codes it stands for. */
  public record Synonym(
      UUID id, String phrase, List<String> codes, String addedBy, Instant addedAt) {}

  private final JdbcClient jdbc;
  private final RepereTaxonomy taxonomy;
  private final Synonyms search;
  private final AuditLog audit;
  private final AtomicLong seenVersion = new AtomicLong(-1);

  SynonymDictionary(JdbcClient jdbc, RepereTaxonomy taxonomy, Synonyms search, AuditLog audit) {
    this.jdbc = jdbc;
    this.taxonomy = taxonomy;
    this.search = search;
    this.audit = audit;
  }

  @Override
  public Map<String, Set<String>> phrasesByCode() {
    Map<String, Set<String>> byCode = new HashMap<>();
    for (Synonym s : all()) {
      s.codes().forEach(c -> byCode.computeIfAbsent(c, k -> new LinkedHashSet<>()).add(s.phrase()));
    }
    return byCode;
  }

  public List<Synonym> list(CurrentUser curator) {
    Review.requireCurator(curator);
    return all();
  }

  /**
   * Adds a phrase for the codes typed as "ALIM-BANQ, ALIM" (the category codes of the taxonomy).
   *
   * @throws InvalidSubmissionException naming the phrase or each unknown code
   */
  @Transactional
  public void add(CurrentUser curator, String phrase, String codesText) {
    Review.requireCurator(curator);
    String clean = phrase == null || Texts.clean(phrase) == null ? "" : Texts.clean(phrase);
    List<String> codes = codes(codesText);
    List<Problem> problems = new ArrayList<>();
    if (clean.isEmpty() || clean.length() > 100) {
      problems.add(Problem.of("phrase", "curation.problem.phrase"));
    } else if (all().stream().anyMatch(s -> s.phrase().equalsIgnoreCase(clean))) {
      problems.add(Problem.of("phrase", "curation.problem.phrase-exists", clean));
    }
    if (codes.isEmpty()) {
      problems.add(Problem.of("codes", "curation.problem.required"));
    }
    codes.stream()
        .filter(c -> taxonomy.term(c).isEmpty())
        .forEach(c -> problems.add(Problem.of("codes", "curation.problem.unknown-code", c)));
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    jdbc.sql(
            "INSERT INTO curation.synonym (id, phrase, codes, added_by) VALUES (?, ?, ?::text[], ?)")
        .params(UUID.randomUUID(), clean, "{" + String.join(",", codes) + "}", curator.email())
        .update();
    changed(curator, "curation.synonym.add", clean);
  }

  /** Taxonomy codes as typed: "alim-banq, ALIM" → [ALIM-BANQ, ALIM], in order, once each. */
  static List<String> codes(String codesText) {
    return Arrays.stream(codesText == null ? new String[0] : codesText.split("[,;|\\s]+"))
        .map(c -> String.valueOf(Texts.clean(c)).toUpperCase(Locale.ROOT))
        .filter(c -> !c.equals("NULL"))
        .filter(c -> !c.isEmpty())
        .distinct()
        .toList();
  }

  @Transactional
  public void remove(CurrentUser curator, UUID id) {
    Review.requireCurator(curator);
    if (jdbc.sql("DELETE FROM curation.synonym WHERE id = ?").param(id).update() == 1) {
      changed(curator, "curation.synonym.remove", id.toString());
    }
  }

  /** Every node reloads its dictionary when another node changed the synonyms. */
  @Scheduled(fixedDelayString = "${repere.curation.synonyms.check-every:2s}")
  void reloadWhenChanged() {
    long version = version();
    if (seenVersion.getAndSet(version) != version) {
      search.reload();
    }
  }

  private void changed(CurrentUser curator, String action, String subject) {
    jdbc.sql("UPDATE curation.dictionary_version SET version = version + 1").update();
    audit.record(curator.email(), action, subject, null);
    search.reload();
  }

  private long version() {
    return jdbc.sql("SELECT version FROM curation.dictionary_version").query(Long.class).single();
  }

  private List<Synonym> all() {
    return jdbc.sql("SELECT * FROM curation.synonym ORDER BY lower(phrase)")
        .query(
            (rs, i) ->
                new Synonym(
                    rs.getObject("id", UUID.class),
                    rs.getString("phrase"),
                    codes(rs.getArray("codes")),
                    rs.getString("added_by"),
                    rs.getTimestamp("added_at").toInstant()))
        .list();
  }

  private static List<String> codes(Array array) throws SQLException {
    return List.of((String[]) array.getArray());
  }
}
