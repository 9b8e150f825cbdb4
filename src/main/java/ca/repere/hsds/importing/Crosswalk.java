package ca.repere.hsds.importing;

import ca.repere.directory.RepereTaxonomy;
import ca.repere.directory.TaxonomyTerm;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

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

  /**
   * The code and the codes above it, narrowest first: AIRS "PN-8100.4500-240", "PN-8100.4500",
   * "PN-8100", "PN", "P"; Open Eligibility "111-01-03", "111-01", "111". A term the crosswalk does
   * not list maps to the category of the nearest broader term it lists.
   */
  static Stream<String> broader(String code) {
    List<String> codes = new ArrayList<>();
    String c = code.strip();
    while (!c.isEmpty()) {
      codes.add(c);
      int cut = Math.max(c.lastIndexOf('-'), c.lastIndexOf('.'));
      c =
          cut > 0
              ? c.substring(0, cut)
              : c.length() > 1 && Character.isLetter(c.charAt(0))
                  ? c.substring(0, c.length() - 1)
                  : "";
    }
    return codes.stream();
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
                        : broader(term.code())
                            .map(c -> taxonomy.crosswalk(t, c))
                            .flatMap(Optional::stream)
                            .findFirst())
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
