package ca.repere.search.engine;

import ca.repere.directory.Directory;
import ca.repere.directory.Taxonomy;
import ca.repere.directory.TaxonomyTerm;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicReference;
import org.springframework.stereotype.Component;

/**
 * Every taxonomy term the directory knows, to walk a service's categories up to Repère's top
 * categories: a term of an external taxonomy (AIRS, Open Eligibility) counts as its crosswalked
 * Repère code.
 */
@Component
class TaxonomyCatalog {

  private final Directory directory;
  private final AtomicReference<Terms> terms = new AtomicReference<>();

  TaxonomyCatalog(Directory directory) {
    this.directory = directory;
  }

  record Terms(Map<UUID, TaxonomyTerm> byId, Map<String, TaxonomyTerm> byCode) {}

  void reload() {
    Map<UUID, TaxonomyTerm> byId = new HashMap<>();
    Map<String, TaxonomyTerm> byCode = new HashMap<>();
    for (Taxonomy taxonomy : directory.taxonomies()) {
      for (TaxonomyTerm term : directory.taxonomyTerms(taxonomy.id())) {
        byId.put(term.id(), term);
        if (term.repereCode() == null || term.repereCode().equals(term.code())) {
          byCode.putIfAbsent(term.code(), term);
        }
      }
    }
    terms.set(new Terms(byId, byCode));
  }

  private Terms terms() {
    if (terms.get() == null) {
      reload();
    }
    return terms.get();
  }

  /** The Repère codes of a term and of its ancestors, most specific first. */
  Set<String> codesOf(TaxonomyTerm term) {
    Set<String> codes = new LinkedHashSet<>();
    for (String code : repereCodes(term)) {
      TaxonomyTerm current = terms().byCode().get(code);
      codes.add(code);
      int depth = 0;
      while (current != null && current.parentId() != null && depth++ < 10) {
        current = terms().byId().get(current.parentId());
        if (current != null) {
          codes.add(current.code());
        }
      }
      if (current == null && code.contains("-")) {
        codes.add(code.substring(0, code.indexOf('-'))); // parent not loaded: by code shape
      }
    }
    return codes;
  }

  /** A term's name and its parents' names, for the taxonomy text fields. */
  List<TaxonomyTerm> withAncestors(TaxonomyTerm term) {
    return codesOf(term).stream()
        .map(code -> terms().byCode().getOrDefault(code, null))
        .filter(java.util.Objects::nonNull)
        .toList();
  }

  boolean isTopLevel(String code) {
    TaxonomyTerm term = terms().byCode().get(code);
    return term != null ? term.parentId() == null : !code.contains("-");
  }

  Map<String, TaxonomyTerm> byCode() {
    return terms().byCode();
  }

  private static List<String> repereCodes(TaxonomyTerm term) {
    String codes = term.repereCode() != null ? term.repereCode() : term.code();
    return List.of(codes.split("\\|"));
  }
}
