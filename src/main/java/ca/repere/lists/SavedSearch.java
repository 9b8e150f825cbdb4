package ca.repere.lists;

import ca.repere.search.SearchQuery;
import ca.repere.shared.Lang;
import java.util.List;
import java.util.Set;

/** The search that defines a living list, e.g. food aid ("aide alimentaire") in a given MRC. */
public record SavedSearch(String text, String where, List<String> categories) {

  /** How many services a living list shows at most. */
  static final int MAXIMUM = 50;

  public SavedSearch {
    categories = categories == null ? List.of() : List.copyOf(categories);
  }

  SearchQuery query(Lang lang) {
    return new SearchQuery(
        blankToNull(text),
        blankToNull(where),
        lang,
        Set.copyOf(categories),
        null,
        Set.of(),
        false,
        Set.of(),
        false,
        SearchQuery.Sort.RELEVANCE,
        1,
        MAXIMUM);
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
