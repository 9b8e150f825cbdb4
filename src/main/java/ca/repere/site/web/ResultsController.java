package ca.repere.site.web;

import ca.repere.geography.Geography;
import ca.repere.search.Search;
import ca.repere.search.SearchHit;
import ca.repere.search.SearchResults;
import ca.repere.search.Suggestion;
import ca.repere.shared.Lang;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The results page: a plain GET form (facets are checkboxes) that htmx, when present, submits in
 * place. The search engine and the geography are optional beans so the site runs before they do.
 */
@Controller
class ResultsController {

  private final ObjectProvider<Search> search;
  private final ObjectProvider<Geography> geography;
  private final ResultLines lines;
  private final Facets facets;
  private final MapPoints mapPoints;
  private final MapSettings map;
  private final MessageSource messages;
  private final Clock clock;

  ResultsController(
      ObjectProvider<Search> search,
      ObjectProvider<Geography> geography,
      ResultLines lines,
      Facets facets,
      MapPoints mapPoints,
      MapSettings map,
      MessageSource messages,
      Optional<Clock> clock) {
    this.search = search;
    this.geography = geography;
    this.lines = lines;
    this.facets = facets;
    this.mapPoints = mapPoints;
    this.map = map;
    this.messages = messages;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  @GetMapping("/recherche")
  String results(
      @RequestParam(required = false) String q,
      @RequestParam(required = false) String ou,
      @RequestParam(required = false) List<String> categorie,
      @RequestParam(required = false) List<String> langue,
      @RequestParam(name = "public", required = false) List<String> audience,
      @RequestParam(required = false) String ouvert,
      @RequestParam(required = false) String gratuit,
      @RequestParam(required = false) String fauteuil,
      @RequestParam(required = false) String tri,
      @RequestParam(required = false) String page,
      @RequestParam(required = false) String vue,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    SearchRequest request =
        SearchRequest.of(
            q, ou, categorie, langue, audience, ouvert, gratuit, fauteuil, tri, page, vue);
    model.addAttribute("request", request);
    model.addAttribute("firstCategories", Categories.FIRST);
    model.addAttribute("moreCategories", Categories.MORE);
    model.addAttribute("map", map);
    Search engine = search.getIfAvailable();
    if (request.isTooLong()) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute(
          "problem",
          messages.getMessage("results.too-long", new Object[] {SearchRequest.MAX_TEXT}, locale));
    } else if (engine == null) {
      response.setStatus(HttpStatus.SERVICE_UNAVAILABLE.value());
      model.addAttribute("problem", messages.getMessage("results.unavailable", null, locale));
    } else if (!request.isEmpty()) {
      show(engine, request, locale, model, response);
    }
    return "site/results";
  }

  private void show(
      Search engine,
      SearchRequest request,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    SearchResults results;
    try {
      results = engine.search(request.toQuery(Lang.of(locale), ZonedDateTime.now(clock)));
    } catch (IllegalArgumentException e) {
      response.setStatus(HttpStatus.BAD_REQUEST.value());
      model.addAttribute("problem", messages.getMessage("results.invalid", null, locale));
      return;
    }
    List<ResultLine> found = lines.of(results.hits(), results.place() != null, locale);
    model.addAttribute("results", results);
    model.addAttribute("lines", found);
    model.addAttribute("facetGroups", facets.of(results.facets(), request, locale));
    model.addAttribute("pages", pages(results));
    model.addAttribute("mapPoints", mapPoints.of(points(results.hits(), found)));
    model.addAttribute("hasMap", results.hits().stream().anyMatch(h -> h.point() != null));
    model.addAttribute(
        "understood",
        results.interpretedNeeds().stream()
            .map(code -> messages.getMessage("category." + code, null, code, locale))
            .toList());
  }

  @GetMapping(value = "/recherche/suggestions", produces = MediaType.TEXT_HTML_VALUE)
  String suggestions(@RequestParam(required = false) String q, Locale locale, Model model) {
    Search engine = search.getIfAvailable();
    String prefix = q == null ? "" : q.strip();
    List<Suggestion> found =
        engine == null || prefix.length() < 2 || prefix.length() > SearchRequest.MAX_TEXT
            ? List.of()
            : engine.suggest(prefix, Lang.of(locale), 8);
    model.addAttribute("suggestions", found);
    return "site/suggestions";
  }

  @GetMapping(value = "/carte/regions.geojson")
  @ResponseBody
  ResponseEntity<String> regions() {
    Geography geo = geography.getIfAvailable();
    if (geo == null) {
      return ResponseEntity.notFound().build();
    }
    return ResponseEntity.ok()
        .contentType(MediaType.parseMediaType("application/geo+json"))
        .header("Cache-Control", "public, max-age=86400")
        .body(geo.regionOutlinesGeoJson());
  }

  private static List<Integer> pages(SearchResults results) {
    int last =
        (int)
            Math.min(
                1000, (results.total() + results.pageSize() - 1) / Math.max(1, results.pageSize()));
    List<Integer> shown = new ArrayList<>();
    for (int p = Math.max(1, results.page() - 3); p <= Math.min(last, results.page() + 3); p++) {
      shown.add(p);
    }
    return shown;
  }

  private static List<MapPoints.Point> points(List<SearchHit> hits, List<ResultLine> lines) {
    Map<java.util.UUID, ResultLine> byService =
        lines.stream()
            .collect(java.util.stream.Collectors.toMap(ResultLine::serviceId, l -> l, (a, b) -> a));
    return hits.stream()
        .filter(h -> h.point() != null && byService.containsKey(h.serviceId()))
        .map(
            h ->
                new MapPoints.Point(
                    h.point().latitude(),
                    h.point().longitude(),
                    byService.get(h.serviceId()).name().value(),
                    byService.get(h.serviceId()).href()))
        .toList();
  }
}
