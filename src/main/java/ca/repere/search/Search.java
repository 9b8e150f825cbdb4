package ca.repere.search;

import java.util.List;

/** The search module's API, used by the website, the JSON API and the HSDS API. */
public interface Search {

  /** Runs a query; never returns inactive, withdrawn, expired or draft services. */
  default SearchResults search(SearchQuery query) {
    return searchTimed(query).value();
  }

  /** Runs a query and says how long it waited for its turn and then ran. */
  Timed<SearchResults> searchTimed(SearchQuery query);

  /**
   * What a task gave, with the time it took: the engine runs a few searches at a time, so a search
   * may wait for its turn before it runs.
   */
  record Timed<T>(T value, java.time.Duration queued, java.time.Duration ran) {}

  /** Autocomplete of needs (categories, concepts) and organization/service names. */
  List<Suggestion> suggest(String prefix, ca.repere.shared.Lang lang, int limit);

  /**
   * The name, in French and English, of a taxonomy code (a category or subcategory of the facets),
   * when the taxonomy knows it.
   */
  default java.util.Optional<ca.repere.shared.LocalizedText> categoryName(String code) {
    return java.util.Optional.empty();
  }
}
