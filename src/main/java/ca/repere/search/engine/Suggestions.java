package ca.repere.search.engine;

import ca.repere.directory.TaxonomyTerm;
import ca.repere.search.Suggestion;
import ca.repere.shared.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;

/**
 * Autocomplete: needs first (taxonomy names in the person's language, then the concept phrases),
 * then service and organization names, all matched on folded word prefixes.
 */
final class Suggestions {

  private final SearchIndex index;
  private final ConceptDictionary concepts;
  private final TaxonomyCatalog taxonomy;

  Suggestions(SearchIndex index, ConceptDictionary concepts, TaxonomyCatalog taxonomy) {
    this.index = index;
    this.concepts = concepts;
    this.taxonomy = taxonomy;
  }

  List<Suggestion> suggest(String prefix, Lang lang, int limit) {
    List<String> words = ConceptDictionary.words(prefix == null ? "" : prefix);
    String folded = ServiceTraits.fold(prefix);
    if (folded.length() < 2 || limit <= 0) {
      return List.of();
    }
    Map<String, Suggestion> out = new LinkedHashMap<>();
    int needs = Math.max(1, (limit + 1) / 2);
    for (TaxonomyTerm term :
        taxonomy.byCode().values().stream()
            .sorted(java.util.Comparator.comparing(TaxonomyTerm::code))
            .toList()) {
      String label = term.name().in(lang);
      if (label != null
          && !term.code().startsWith("AUD-")
          && out.size() < needs
          && startsWords(ServiceTraits.fold(label), folded)) {
        out.putIfAbsent(label.toLowerCase(), new Suggestion("need", label, term.code()));
      }
    }
    for (Map.Entry<String, Set<String>> e : concepts.phrasesByCode().entrySet()) {
      if (e.getKey().startsWith("AUD-")) {
        continue;
      }
      for (String phrase : e.getValue()) {
        if (out.size() < needs && ServiceTraits.fold(phrase).startsWith(folded)) {
          out.putIfAbsent(phrase.toLowerCase(), new Suggestion("need", phrase, e.getKey()));
        }
      }
    }
    names(words.isEmpty() ? List.of(folded) : foldedWords(prefix), lang, limit - out.size())
        .forEach(s -> out.putIfAbsent(s.label().toLowerCase(), s));
    return out.values().stream().limit(limit).toList();
  }

  private static List<String> foldedWords(String prefix) {
    return List.of(ServiceTraits.fold(prefix).split(" "));
  }

  private static boolean startsWords(String label, String prefix) {
    return label.startsWith(prefix) || label.contains(" " + prefix);
  }

  private List<Suggestion> names(List<String> words, Lang lang, int limit) {
    if (limit <= 0) {
      return List.of();
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder();
    for (int i = 0; i < words.size(); i++) {
      Term term = new Term(Fields.NAME_PREFIX, words.get(i));
      query.add(i == words.size() - 1 ? new PrefixQuery(term) : new TermQuery(term), Occur.MUST);
    }
    String field = lang == Lang.EN ? Fields.STORED_NAME_EN : Fields.STORED_NAME_FR;
    return index.withSearcher(
        searcher -> {
          List<Suggestion> found = new ArrayList<>();
          Set<String> seen = new java.util.HashSet<>();
          for (ScoreDoc hit : searcher.search(query.build(), limit * 4).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            String label = doc.get(field);
            if (label != null && seen.add(label.toLowerCase()) && found.size() < limit) {
              found.add(new Suggestion("name", label, doc.get(Fields.SERVICE_ID)));
            }
          }
          return found;
        });
  }
}
