package ca.repere.search.engine;

import ca.repere.search.SynonymSource;
import ca.repere.search.Synonyms;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** The synonyms of other modules ({@link SynonymSource} beans) in the concept dictionary. */
@Component
class CuratedSynonyms implements ConceptDictionary.ConceptSource, Synonyms {

  private final ObjectProvider<SynonymSource> sources;
  private final ObjectProvider<ConceptDictionary> dictionary;

  CuratedSynonyms(
      ObjectProvider<SynonymSource> sources, ObjectProvider<ConceptDictionary> dictionary) {
    this.sources = sources;
    this.dictionary = dictionary;
  }

  @Override
  public Map<String, Set<String>> phrasesByCode() {
    Map<String, Set<String>> merged = new HashMap<>();
    sources.forEach(
        source ->
            source
                .phrasesByCode()
                .forEach(
                    (code, phrases) ->
                        merged.computeIfAbsent(code, c -> new LinkedHashSet<>()).addAll(phrases)));
    return merged;
  }

  @Override
  public void reload() {
    dictionary.getObject().reload();
  }
}
