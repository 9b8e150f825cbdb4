package ca.repere.directory.taxonomy;

import ca.repere.directory.Directory;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.directory.Taxonomy;
import ca.repere.directory.TaxonomyTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes the taxonomies of {@link TaxonomyFiles} into the directory at startup, before anything
 * reads them: Repère's categories, its audiences, AIRS/211 and Open Eligibility with their
 * crosswalk. Ids are deterministic, and a taxonomy whose stored terms already match is left alone,
 * so restarts change nothing. Terms curators added, renamed, moved or retired in the application
 * are never overwritten: the files only add new terms and update the terms nobody curated.
 */
@Component
class TaxonomySeeder implements SmartInitializingSingleton {

  private static final Logger log = LoggerFactory.getLogger(TaxonomySeeder.class);

  private final TaxonomyFiles files;
  private final Directory directory;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;

  TaxonomySeeder(
      TaxonomyFiles files,
      Directory directory,
      JdbcTemplate jdbc,
      TransactionTemplate transaction) {
    this.files = files;
    this.directory = directory;
    this.jdbc = jdbc;
    this.transaction = transaction;
  }

  @Override
  public void afterSingletonsInstantiated() {
    seed(
        new Taxonomy(
            RepereTaxonomy.taxonomyId(RepereTaxonomy.NAME),
            "Repère",
            "Catégories de besoins de Repère / Repère need categories",
            null,
            "1"),
        repereTerms(RepereTaxonomy.NAME, files.categories()));
    seed(
        new Taxonomy(
            RepereTaxonomy.taxonomyId(RepereTaxonomy.AUDIENCES),
            "Repère — publics",
            "Publics visés / Audiences",
            null,
            "1"),
        repereTerms(RepereTaxonomy.AUDIENCES, files.audiences()));
    seed(
        new Taxonomy(
            RepereTaxonomy.taxonomyId(RepereTaxonomy.AIRS),
            "AIRS/211 LA County Taxonomy",
            "Representative subset, mapped to Repère categories",
            "https://www.211taxonomy.org",
            null),
        externalTerms(RepereTaxonomy.AIRS));
    seed(
        new Taxonomy(
            RepereTaxonomy.taxonomyId(RepereTaxonomy.OPEN_ELIGIBILITY),
            "Open Eligibility",
            "Human services taxonomy (CC BY-SA 3.0), mapped to Repère categories",
            "https://openeligibility.org",
            null),
        externalTerms(RepereTaxonomy.OPEN_ELIGIBILITY));
  }

  private void seed(Taxonomy taxonomy, List<TaxonomyTerm> fromFiles) {
    Set<UUID> curated = directory.curatedTermIds(taxonomy.id());
    List<TaxonomyTerm> terms = fromFiles.stream().filter(t -> !curated.contains(t.id())).toList();
    boolean current =
        directory.taxonomies().contains(taxonomy)
            && directory.taxonomyTerms(taxonomy.id()).containsAll(terms);
    if (current) {
      return;
    }
    transaction.executeWithoutResult(
        status -> {
          directory.save(taxonomy, terms);
          saveCrosswalk(terms, curated);
        });
    log.info("Seeded taxonomy {} ({} terms)", taxonomy.name(), terms.size());
  }

  private void saveCrosswalk(List<TaxonomyTerm> terms, Set<UUID> curated) {
    String external =
        terms.isEmpty() || terms.get(0).taxonomy() == null ? "" : terms.get(0).taxonomy();
    List<Object[]> rows = new ArrayList<>();
    for (TaxonomyFiles.ExternalTerm term : files.external(external)) {
      UUID id = RepereTaxonomy.externalTermId(external, term.code());
      if (curated.contains(id)) {
        continue; // curators mapped it in the application
      }
      for (int i = 0; i < term.repereCodes().size(); i++) {
        rows.add(new Object[] {id, term.repereCodes().get(i), i});
      }
    }
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(
          "INSERT INTO directory.taxonomy_crosswalk (taxonomy_term_id, repere_code, position)"
              + " VALUES (?, ?, ?) ON CONFLICT (taxonomy_term_id, repere_code)"
              + " DO UPDATE SET position = EXCLUDED.position",
          rows);
    }
  }

  private static List<TaxonomyTerm> repereTerms(String taxonomy, List<RepereCategory> categories) {
    UUID taxonomyId = RepereTaxonomy.taxonomyId(taxonomy);
    return categories.stream()
        .map(
            c ->
                new TaxonomyTerm(
                    c.id(),
                    c.code(),
                    c.name(),
                    c.description(),
                    c.parentCode() == null ? null : RepereTaxonomy.termId(c.parentCode()),
                    taxonomy,
                    taxonomyId,
                    null,
                    null,
                    c.code()))
        .toList();
  }

  private List<TaxonomyTerm> externalTerms(String taxonomy) {
    UUID taxonomyId = RepereTaxonomy.taxonomyId(taxonomy);
    return files.external(taxonomy).stream()
        .map(
            t ->
                new TaxonomyTerm(
                    RepereTaxonomy.externalTermId(taxonomy, t.code()),
                    t.code(),
                    t.name(),
                    ca.repere.shared.LocalizedText.EMPTY,
                    t.parentCode() == null
                        ? null
                        : RepereTaxonomy.externalTermId(taxonomy, t.parentCode()),
                    taxonomy,
                    taxonomyId,
                    null,
                    null,
                    t.repereCodes().get(0)))
        .toList();
  }
}
