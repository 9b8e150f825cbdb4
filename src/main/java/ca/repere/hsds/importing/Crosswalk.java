package ca.repere.hsds.importing;

import ca.repere.directory.RepereTaxonomy;
import ca.repere.directory.TaxonomyTerm;
import java.util.Locale;
import java.util.Optional;

/**
 * Maps an imported taxonomy term to a Repère category through the crosswalk files of {@link
 * RepereTaxonomy}: AIRS/211 and Open Eligibility codes; Repère's own terms map to themselves.
 */
public final class Crosswalk {

  private final RepereTaxonomy taxonomy;

  public Crosswalk(RepereTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  /** The external taxonomy a term belongs to, by its name: "airs-211", "open-eligibility"… */
  public static Optional<String> taxonomyOf(String name) {
    if (name == null) {
      return Optional.empty();
    }
    String n = name.toLowerCase(Locale.ROOT);
    if (n.contains("airs") || n.contains("211")) {
      return Optional.of(RepereTaxonomy.AIRS);
    }
    if (n.contains("open eligibility") || n.contains("open-eligibility")) {
      return Optional.of(RepereTaxonomy.OPEN_ELIGIBILITY);
    }
    if (n.equals(RepereTaxonomy.NAME)) {
      return Optional.of(RepereTaxonomy.NAME);
    }
    return Optional.empty();
  }

  /** The term with its Repère code filled when the crosswalk knows it (a given code is kept). */
  public TaxonomyTerm map(TaxonomyTerm term, String taxonomyName) {
    if (term.repereCode() != null || term.code() == null) {
      return term;
    }
    String code =
        taxonomyOf(taxonomyName)
            .flatMap(
                t ->
                    t.equals(RepereTaxonomy.NAME)
                        ? taxonomy.term(term.code()).map(c -> term.code())
                        : taxonomy.crosswalk(t, term.code()))
            .orElse(null);
    return code == null
        ? term
        : new TaxonomyTerm(
            term.id(),
            term.code(),
            term.name(),
            term.description(),
            term.parentId(),
            term.taxonomy(),
            term.taxonomyId(),
            term.language(),
            term.termUri(),
            code);
  }
}
