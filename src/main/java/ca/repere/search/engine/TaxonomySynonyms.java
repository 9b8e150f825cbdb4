package ca.repere.search.engine;

import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/** Seeds the concept dictionary with the taxonomy's own words for each category and audience. */
@Component
class TaxonomySynonyms implements ConceptDictionary.ConceptSource {

  private final RepereTaxonomy taxonomy;

  TaxonomySynonyms(RepereTaxonomy taxonomy) {
    this.taxonomy = taxonomy;
  }

  @Override
  public Map<String, Set<String>> phrasesByCode() {
    return Stream.concat(taxonomy.categories().stream(), taxonomy.audiences().stream())
        .collect(Collectors.toMap(RepereCategory::code, TaxonomySynonyms::phrases, (a, b) -> a));
  }

  private static Set<String> phrases(RepereCategory category) {
    Set<String> phrases = new LinkedHashSet<>();
    Stream.of(category.name().fr(), category.name().en())
        .filter(n -> n != null)
        .forEach(phrases::add);
    phrases.addAll(category.synonymsFr());
    phrases.addAll(category.synonymsEn());
    return phrases;
  }
}
