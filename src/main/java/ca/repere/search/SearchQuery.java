package ca.repere.search;

import ca.repere.shared.Lang;
import java.time.ZonedDateTime;
import java.util.Set;

/**
 * What a person asked for. {@code text} is free text in either language (may be blank when browsing
 * a category); {@code where} is what they typed for the place (postal code, municipality,
 * coordinates; may be blank). Filters are ANDed; an empty set means no filter.
 *
 * @param categories taxonomy codes (top or sub level) to keep
 * @param openAt keep only services open at that moment (null: no filter)
 * @param languages ISO 639-1 codes of languages the service is offered in
 * @param audiences audience codes: youth, seniors, women, families, newcomers
 * @param page 1-based
 * @param radiusKm how far from the place services that do not list it in their areas are still
 *     shown (null: the default, 50 km)
 */
public record SearchQuery(
    String text,
    String where,
    Lang lang,
    Set<String> categories,
    ZonedDateTime openAt,
    Set<String> languages,
    boolean freeOnly,
    Set<String> audiences,
    boolean wheelchairAccessible,
    Sort sort,
    int page,
    int pageSize,
    Double radiusKm) {

  /** A query with the default radius. */
  public SearchQuery(
      String text,
      String where,
      Lang lang,
      Set<String> categories,
      ZonedDateTime openAt,
      Set<String> languages,
      boolean freeOnly,
      Set<String> audiences,
      boolean wheelchairAccessible,
      Sort sort,
      int page,
      int pageSize) {
    this(
        text,
        where,
        lang,
        categories,
        openAt,
        languages,
        freeOnly,
        audiences,
        wheelchairAccessible,
        sort,
        page,
        pageSize,
        null);
  }

  public enum Sort {
    RELEVANCE,
    DISTANCE
  }

  public static SearchQuery of(String text, String where, Lang lang) {
    return new SearchQuery(
        text, where, lang, Set.of(), null, Set.of(), false, Set.of(), false, Sort.RELEVANCE, 1, 20);
  }
}
