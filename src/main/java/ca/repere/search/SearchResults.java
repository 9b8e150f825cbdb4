package ca.repere.search;

import ca.repere.geography.Place;
import java.util.List;
import java.util.Map;

/**
 * A page of hits with the facet counts of the whole result set.
 *
 * @param place the resolved "where", null when none was given or it could not be resolved
 * @param placeError the message key and suggestions when "where" could not be resolved (null when
 *     fine), so the page can say "we did not find X; did you mean …"
 * @param relaxations what had to be widened to find something (e.g. "area", "fuzzy"), empty when
 *     the query matched as asked; the page says so
 * @param facets facet name ("category", "subcategory", "language", "audience", "free", "open_now",
 *     "wheelchair") to value → count
 */
public record SearchResults(
    List<SearchHit> hits,
    long total,
    int page,
    int pageSize,
    Place place,
    PlaceProblem placeError,
    List<String> relaxations,
    List<String> interpretedNeeds,
    Map<String, Map<String, Long>> facets) {

  /** "where" could not be resolved. */
  public record PlaceProblem(String input, List<String> suggestions) {}
}
