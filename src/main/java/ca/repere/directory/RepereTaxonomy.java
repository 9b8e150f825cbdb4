package ca.repere.directory;

import ca.repere.directory.taxonomy.TaxonomyFiles;
import ca.repere.shared.Lang;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Repère's bilingual taxonomy of needs (two levels, basic needs first), its audiences, and the
 * crosswalk from external taxonomies (AIRS/211, Open Eligibility) to it. The files in {@code
 * classpath:taxonomy/} are seeded into {@code directory.taxonomy_term} with the ids of {@link
 * #termId(String)}; curators then edit the terms there (names, parents, new terms, retired terms),
 * so the terms are read from the database, with the files' synonyms beside them. Every node
 * re-reads them at most {@link StoredTerms#FRESHNESS} after a change. Retired terms are not offered
 * ({@link #categories()}…) but still named ({@link #term(String)}).
 */
@Component
public class RepereTaxonomy {

  /** The {@code taxonomy} value of Repère's terms. */
  public static final String NAME = "repere";

  /** The {@code taxonomy} value of the audience terms (youth, seniors, women…). */
  public static final String AUDIENCES = "repere-audience";

  public static final String AIRS = "airs-211";
  public static final String OPEN_ELIGIBILITY = "open-eligibility";

  private final TaxonomyFiles files;
  private final StoredTerms stored;

  @Autowired
  RepereTaxonomy(TaxonomyFiles files, JdbcTemplate jdbc) {
    this.files = files;
    this.stored = new StoredTerms(files, jdbc);
  }

  /** Reads the taxonomy files without Spring nor database (fast tests, tools). */
  public static RepereTaxonomy load() {
    return new RepereTaxonomy(new TaxonomyFiles(), null);
  }

  /** Reads the terms again at the next call (after a curator's change on this node). */
  public void refresh() {
    stored.forget();
  }

  /** The deterministic id of a Repère category or audience term. */
  public static UUID termId(String code) {
    return UUID.nameUUIDFromBytes(("repere-taxonomy:" + code).getBytes(StandardCharsets.UTF_8));
  }

  /** The deterministic id of a term of an external taxonomy ({@link #AIRS}…). */
  public static UUID externalTermId(String taxonomy, String code) {
    return UUID.nameUUIDFromBytes((taxonomy + ":" + code).getBytes(StandardCharsets.UTF_8));
  }

  /** The deterministic id of a taxonomy ({@link #NAME}, {@link #AIRS}…). */
  public static UUID taxonomyId(String taxonomy) {
    return UUID.nameUUIDFromBytes(("taxonomy:" + taxonomy).getBytes(StandardCharsets.UTF_8));
  }

  /** The top categories, basic needs first. */
  public List<RepereCategory> topCategories() {
    return categories().stream().filter(RepereCategory::isTop).toList();
  }

  public List<RepereCategory> subCategories(String code) {
    return categories().stream().filter(c -> code.equals(c.parentCode())).toList();
  }

  /** Every category in use, each top category followed by its sub-categories. */
  public List<RepereCategory> categories() {
    return stored.current().inUse(stored.current().categories());
  }

  /** Every category, retired ones included, each top category followed by its sub-categories. */
  public List<RepereCategory> allCategories() {
    return stored.current().categories();
  }

  /** A category or audience by code, retired or not. */
  public Optional<RepereCategory> term(String code) {
    return Optional.ofNullable(code == null ? null : stored.current().byCode().get(code));
  }

  /** Whether curators retired the term: kept for the records that carry it, offered no more. */
  public boolean isRetired(String code) {
    return stored.current().retired().contains(code);
  }

  public List<RepereCategory> audiences() {
    return stored.current().inUse(stored.current().audiences());
  }

  /** The words people type for a category or audience; empty when the code is unknown. */
  public List<String> synonyms(String code, Lang lang) {
    return term(code).map(c -> c.synonyms(lang)).orElse(List.of());
  }

  /** The Repère code an external term maps to (its main one when it maps to several). */
  public Optional<String> crosswalk(String externalTaxonomy, String externalCode) {
    return crosswalkAll(externalTaxonomy, externalCode).stream().findFirst();
  }

  /**
   * Every Repère code an external term maps to, main one first: as curators mapped it in the
   * database, else as the files do.
   */
  public List<String> crosswalkAll(String externalTaxonomy, String externalCode) {
    String code = externalCode.trim();
    Map<String, List<String>> inDatabase = stored.current().crosswalks().get(externalTaxonomy);
    if (inDatabase != null) {
      return inDatabase.getOrDefault(code.toUpperCase(Locale.ROOT), List.of());
    }
    return files.external(externalTaxonomy).stream()
        .filter(t -> t.code().equalsIgnoreCase(code))
        .findFirst()
        .map(TaxonomyFiles.ExternalTerm::repereCodes)
        .orElse(List.of());
  }
}
