package ca.repere.site.web;

import ca.repere.search.SearchQuery;
import ca.repere.shared.Lang;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The results page's parameters, in French as the addresses people share: {@code q}, {@code ou},
 * {@code categorie}, {@code langue}, {@code public}, {@code ouvert}, {@code gratuit}, {@code
 * fauteuil}, {@code tri}, {@code page}, {@code vue=impression}.
 */
record SearchRequest(
    String q,
    String ou,
    List<String> categorie,
    List<String> langue,
    List<String> audience,
    boolean ouvert,
    boolean gratuit,
    boolean fauteuil,
    String tri,
    int page,
    boolean print) {

  static final int MAX_TEXT = 300;
  static final int PAGE_SIZE = 20;
  static final int PRINT_SIZE = 100;

  static SearchRequest of(
      String q,
      String ou,
      List<String> categorie,
      List<String> langue,
      List<String> audience,
      String ouvert,
      String gratuit,
      String fauteuil,
      String tri,
      String page,
      String vue) {
    return new SearchRequest(
        blankToEmpty(q),
        blankToEmpty(ou),
        clean(categorie),
        clean(langue),
        clean(audience),
        ouvert != null,
        gratuit != null,
        fauteuil != null,
        "distance".equals(tri) ? "distance" : "pertinence",
        parsePage(page),
        "impression".equals(vue));
  }

  boolean isEmpty() {
    return q.isEmpty() && ou.isEmpty() && categorie.isEmpty();
  }

  boolean isTooLong() {
    return q.length() > MAX_TEXT || ou.length() > MAX_TEXT;
  }

  SearchQuery toQuery(Lang lang, ZonedDateTime now) {
    return new SearchQuery(
        q,
        ou,
        lang,
        Set.copyOf(categorie),
        ouvert ? now : null,
        Set.copyOf(langue),
        gratuit,
        Set.copyOf(audience),
        fauteuil,
        "distance".equals(tri) ? SearchQuery.Sort.DISTANCE : SearchQuery.Sort.RELEVANCE,
        page,
        print ? PRINT_SIZE : PAGE_SIZE);
  }

  /** This search's address with one parameter changed, e.g. another page or place. */
  public String with(String name, Object value) {
    UriComponentsBuilder uri = UriComponentsBuilder.fromPath("/recherche");
    add(uri, "q", q, name, value);
    add(uri, "ou", ou, name, value);
    categorie.forEach(c -> uri.queryParam("categorie", c));
    langue.forEach(l -> uri.queryParam("langue", l));
    audience.forEach(a -> uri.queryParam("public", a));
    if (ouvert) uri.queryParam("ouvert", "1");
    if (gratuit) uri.queryParam("gratuit", "1");
    if (fauteuil) uri.queryParam("fauteuil", "1");
    add(uri, "tri", "pertinence".equals(tri) ? "" : tri, name, value);
    add(uri, "page", page == 1 ? "" : String.valueOf(page), name, value);
    add(uri, "vue", print ? "impression" : "", name, value);
    return uri.encode().build().toUriString();
  }

  private static void add(
      UriComponentsBuilder uri, String param, String current, String name, Object value) {
    String v = param.equals(name) ? String.valueOf(value) : current;
    if (v != null && !v.isEmpty()) {
      uri.queryParam(param, v);
    }
  }

  private static String blankToEmpty(String s) {
    return s == null ? "" : s.strip();
  }

  private static List<String> clean(List<String> values) {
    if (values == null) {
      return List.of();
    }
    Set<String> kept = new LinkedHashSet<>();
    values.stream()
        .map(String::strip)
        .filter(v -> !v.isEmpty() && v.length() <= 40)
        .forEach(kept::add);
    return List.copyOf(kept);
  }

  private static int parsePage(String page) {
    try {
      return Math.max(1, Math.min(1000, Integer.parseInt(page == null ? "1" : page.strip())));
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
