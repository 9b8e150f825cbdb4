package ca.repere.search.web;

import ca.repere.search.Search;
import ca.repere.search.SearchQuery;
import ca.repere.search.SearchResults;
import ca.repere.search.Suggestion;
import ca.repere.search.engine.ServiceTraits;
import ca.repere.shared.Lang;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.RequestContextUtils;

/**
 * The public search API: {@code GET /api/v1/search} and {@code GET /api/v1/suggest}. Every
 * parameter is checked; a wrong one gets a 400 naming it, in the request's language.
 */
@RestController
@RequestMapping(path = "/api/v1", produces = "application/json")
class SearchApiController {

  static final int MAX_QUERY_LENGTH = 300;
  static final int MAX_PAGE_SIZE = 100;
  private static final Pattern LANGUAGE_CODE = Pattern.compile("[a-z]{2,3}");
  private static final Pattern CATEGORY_CODE = Pattern.compile("[A-Z0-9][A-Z0-9-]{0,40}");

  private final Search search;
  private final SearchResultsView view;
  private final MessageSource messages;
  private final Clock clock;

  SearchApiController(
      Search search, SearchResultsView view, MessageSource messages, Optional<Clock> clock) {
    this.search = search;
    this.view = view;
    this.messages = messages;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  @io.swagger.v3.oas.annotations.Operation(
      summary = "Search the public directory",
      description =
          "Ranked services that exist, serve the place and are public, with facets; widens the search and says so when nothing matches. Bad parameters get a 400 naming the parameter.")
  @GetMapping("/search")
  ApiResults search(
      @io.swagger.v3.oas.annotations.Parameter(
              description =
                  "What the person needs, in their own words, French or English (typos and missing accents tolerated); blank lists by category")
          @RequestParam(required = false)
          String q,
      @io.swagger.v3.oas.annotations.Parameter(description = "Same as near")
          @RequestParam(required = false)
          String where,
      @io.swagger.v3.oas.annotations.Parameter(
              description =
                  "Where: postal code (G0E 1V0, G0E), municipality, MRC or region name, municipality code, or lat,lon")
          @RequestParam(required = false)
          String near,
      @io.swagger.v3.oas.annotations.Parameter(
              description = "fr (default) or en: language of the texts and messages")
          @RequestParam(required = false)
          String lang,
      @io.swagger.v3.oas.annotations.Parameter(
              description = "Repère taxonomy codes (ALIM, ALIM-BANQ, …), repeatable")
          @RequestParam(required = false)
          List<String> category,
      @io.swagger.v3.oas.annotations.Parameter(
              description =
                  "true: only services open now (Québec time, statutory holidays included)")
          @RequestParam(name = "open_now", required = false)
          String openNow,
      @io.swagger.v3.oas.annotations.Parameter(
              description = "ISO 639-1 codes of languages the service is offered in, repeatable")
          @RequestParam(required = false)
          List<String> language,
      @io.swagger.v3.oas.annotations.Parameter(description = "true: only free services")
          @RequestParam(required = false)
          String free,
      @io.swagger.v3.oas.annotations.Parameter(
              description =
                  "youth, seniors, women, men, families, newcomers, indigenous, lgbtq, disabilities, low_income; repeatable")
          @RequestParam(required = false)
          List<String> audience,
      @io.swagger.v3.oas.annotations.Parameter(
              description = "true: only wheelchair-accessible locations")
          @RequestParam(required = false)
          String wheelchair,
      @io.swagger.v3.oas.annotations.Parameter(
              description = "Search radius around the place, in km")
          @RequestParam(name = "radius_km", required = false)
          String radiusKm,
      @io.swagger.v3.oas.annotations.Parameter(description = "relevance (default) or distance")
          @RequestParam(required = false)
          String sort,
      @io.swagger.v3.oas.annotations.Parameter(description = "1-based page number")
          @RequestParam(required = false)
          String page,
      @io.swagger.v3.oas.annotations.Parameter(description = "Results per page (1–100, default 20)")
          @RequestParam(required = false)
          String size,
      jakarta.servlet.http.HttpServletResponse response) {
    Lang language0 = lang(lang);
    String text = text(q, "q");
    String place = where != null && !where.isBlank() ? text(where, "where") : text(near, "near");
    SearchQuery query =
        new SearchQuery(
            text,
            place,
            language0,
            codes(category, "category", CATEGORY_CODE, false),
            flag(openNow, "open_now") ? ZonedDateTime.now(clock) : null,
            codes(language, "language", LANGUAGE_CODE, true),
            flag(free, "free"),
            audiences(audience),
            flag(wheelchair, "wheelchair"),
            sort(sort),
            number(page, "page", 1, 1, 10_000),
            number(size, "size", 20, 1, MAX_PAGE_SIZE),
            radius(radiusKm));
    Search.Timed<SearchResults> timed = search.searchTimed(query);
    SearchResults results = timed.value();
    // the engine's own time apart from HTTP and JSON, and the wait for its turn before it
    // (bench/search reads "search;dur")
    response.setHeader(
        "Server-Timing",
        String.format(
            java.util.Locale.ROOT,
            "queue;dur=%.2f, search;dur=%.2f",
            timed.queued().toNanos() / 1e6,
            timed.ran().toNanos() / 1e6));
    if (results.placeError() != null) {
      throw new BadParameter(
          where != null && !where.isBlank() ? "where" : "near",
          "search.api.error.unknown-place",
          results.placeError().suggestions(),
          results.placeError().input());
    }
    return view.of(results, language0);
  }

  @GetMapping("/suggest")
  Map<String, List<Suggestion>> suggest(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String lang,
      @RequestParam(required = false) String size) {
    return Map.of(
        "suggestions", search.suggest(text(q, "q"), lang(lang), number(size, "size", 8, 1, 20)));
  }

  @ExceptionHandler(BadParameter.class)
  ResponseEntity<ApiError> badParameter(BadParameter e, HttpServletRequest request) {
    Locale locale = RequestContextUtils.getLocale(request);
    String lang = request.getParameter("lang");
    if (lang != null && (lang.equalsIgnoreCase("fr") || lang.equalsIgnoreCase("en"))) {
      locale = Lang.parse(lang).locale();
    }
    Object[] args = new Object[e.args.length + 1];
    args[0] = e.parameter;
    System.arraycopy(e.args, 0, args, 1, e.args.length);
    String message = messages.getMessage(e.key, args, locale);
    return ResponseEntity.badRequest()
        .body(new ApiError("bad_request", e.parameter, message, e.suggestions));
  }

  private static Lang lang(String value) {
    if (value == null || value.isBlank()) {
      return Lang.DEFAULT;
    }
    try {
      return Lang.parseStrict(value);
    } catch (IllegalArgumentException e) {
      throw new BadParameter("lang", "search.api.error.lang", List.of(), value);
    }
  }

  private static String text(String value, String parameter) {
    if (value != null && value.length() > MAX_QUERY_LENGTH) {
      throw new BadParameter(parameter, "search.api.error.too-long", List.of(), MAX_QUERY_LENGTH);
    }
    return value == null ? "" : value.strip();
  }

  private static boolean flag(String value, String parameter) {
    if (value == null || value.isBlank()) {
      return false;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "true", "1", "yes", "on" -> true;
      case "false", "0", "no", "off" -> false;
      default -> throw new BadParameter(parameter, "search.api.error.boolean", List.of(), value);
    };
  }

  private static int number(String value, String parameter, int fallback, int min, int max) {
    if (value == null || value.isBlank()) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(value.strip());
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new BadParameter(parameter, "search.api.error.range", List.of(), value, min, max);
  }

  private static Double radius(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      double km = Double.parseDouble(value.strip());
      if (km >= 1 && km <= 1000) {
        return km;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new BadParameter("radius_km", "search.api.error.range", List.of(), value, 1, 1000);
  }

  private static SearchQuery.Sort sort(String value) {
    if (value == null || value.isBlank()) {
      return SearchQuery.Sort.RELEVANCE;
    }
    return switch (value.strip().toLowerCase(Locale.ROOT)) {
      case "relevance" -> SearchQuery.Sort.RELEVANCE;
      case "distance" -> SearchQuery.Sort.DISTANCE;
      default -> throw new BadParameter("sort", "search.api.error.sort", List.of(), value);
    };
  }

  private static Set<String> codes(
      List<String> values, String parameter, Pattern valid, boolean lowerCase) {
    Set<String> codes = new LinkedHashSet<>();
    if (values != null) {
      for (String value : values) {
        for (String part : value.split(",")) {
          String code = part.strip();
          code = lowerCase ? code.toLowerCase(Locale.ROOT) : code.toUpperCase(Locale.ROOT);
          if (code.isEmpty()) {
            continue;
          }
          if (!valid.matcher(code).matches()) {
            throw new BadParameter(parameter, "search.api.error.code", List.of(), part);
          }
          codes.add(code);
        }
      }
    }
    return codes;
  }

  private static Set<String> audiences(List<String> values) {
    Set<String> audiences = codes(values, "audience", Pattern.compile("[a-z]+"), true);
    for (String audience : audiences) {
      if (!ServiceTraits.AUDIENCES.contains(audience)) {
        throw new BadParameter(
            "audience",
            "search.api.error.audience",
            List.copyOf(new java.util.TreeSet<>(ServiceTraits.AUDIENCES)),
            audience);
      }
    }
    return audiences;
  }

  /** A request parameter that cannot be used; {@code key} names the message. */
  static final class BadParameter extends RuntimeException {
    final String parameter;
    final String key;
    final List<String> suggestions;
    final Object[] args;

    BadParameter(String parameter, String key, List<String> suggestions, Object... args) {
      super(parameter + ": " + key);
      this.parameter = parameter;
      this.key = key;
      this.suggestions = suggestions;
      this.args = args;
    }
  }
}
