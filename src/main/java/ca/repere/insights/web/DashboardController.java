package ca.repere.insights.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Users;
import ca.repere.geography.Geography;
import ca.repere.insights.figures.Figures;
import ca.repere.insights.figures.NeedRow;
import ca.repere.insights.figures.PublishedFigures;
import ca.repere.insights.figures.Territories;
import ca.repere.insights.figures.Territories.Territory;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * The insights dashboard of analysts and supervisors: a territory (or two to compare), a fixed
 * period, categories. Every figure comes from the protected {@link Figures}; an analyst limited to
 * a territory sees it, what it holds and the aggregates of the territories that hold it.
 */
@Controller
class DashboardController {

  private final PublishedFigures figures;
  private final Territories territories;
  private final Users users;
  private final Geography geography;
  private final DashboardData data;

  DashboardController(
      PublishedFigures figures,
      Territories territories,
      Users users,
      Geography geography,
      DashboardData data) {
    this.figures = figures;
    this.territories = territories;
    this.users = users;
    this.geography = geography;
    this.data = data;
  }

  @GetMapping("/staff/insights")
  String dashboard(
      @RequestParam(required = false) String territory,
      @RequestParam(required = false) String compare,
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "*") String category,
      Locale locale,
      Model model) {
    CurrentUser me = viewer();
    Figures current = figures.current();
    Selection selection = select(me, current, territory, compare, period, category);
    model.addAttribute("selection", selection);
    model.addAttribute("choices", choices(me));
    model.addAttribute("periods", periods(current));
    model.addAttribute("categories", figures.categories());
    Map<String, String> names = new java.util.LinkedHashMap<>();
    figures.categories().forEach(c -> names.put(c, data.categoryName(c, locale)));
    model.addAttribute("categoryNames", names);
    model.addAttribute("topNeeds", data.topNeeds(current, selection, locale));
    model.addAttribute("threshold", figures.threshold());
    model.addAttribute("rows", table(current, selection));
    model.addAttribute("service", data.service());
    return "insights/dashboard";
  }

  @GetMapping(value = "/staff/insights/data", produces = MediaType.APPLICATION_JSON_VALUE)
  @ResponseBody
  Map<String, Object> chartData(
      @RequestParam(required = false) String territory,
      @RequestParam(required = false) String compare,
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "*") String category,
      Locale locale) {
    CurrentUser me = viewer();
    Figures current = figures.current();
    return data.charts(
        current, select(me, current, territory, compare, period, category), me, locale);
  }

  @GetMapping("/staff/insights/export")
  ResponseEntity<String> export(
      @RequestParam(required = false) String territory,
      @RequestParam(required = false) String compare,
      @RequestParam(required = false) String period,
      @RequestParam(defaultValue = "*") String category) {
    CurrentUser me = viewer();
    Figures current = figures.current();
    List<NeedRow> rows = table(current, select(me, current, territory, compare, period, category));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"repere-insights.csv\"")
        .body(Csv.of(NeedRow.COLUMNS, rows.stream().map(NeedRow::csv).toList()));
  }

  @GetMapping(value = "/staff/insights/regions.geojson", produces = "application/geo+json")
  @ResponseBody
  String regions() {
    viewer();
    return geography.regionOutlinesGeoJson();
  }

  /** The selection, checked: allowed territories only, a published fixed period, a category. */
  record Selection(Territory territory, Territory compare, String period, String category) {

    List<Territory> territories() {
      return compare == null ? List.of(territory) : List.of(territory, compare);
    }
  }

  private Selection select(
      CurrentUser me,
      Figures current,
      String territory,
      String compare,
      String period,
      String category) {
    String wanted = territory == null || territory.isBlank() ? defaultTerritory(me) : territory;
    Territory main = allowed(me, wanted);
    Territory other = compare == null || compare.isBlank() ? null : allowed(me, compare);
    List<String> periods = periods(current);
    String chosen =
        period != null && periods.contains(period)
            ? period
            : periods.isEmpty() ? null : periods.get(0);
    String part = category.equals("*") || figures.categories().contains(category) ? category : "*";
    return new Selection(main, other, chosen, part);
  }

  private Territory allowed(CurrentUser me, String code) {
    Territory found =
        territories.find(code).orElseThrow(() -> new AccessDeniedException("No territory " + code));
    if (!territories.mayView(me, found.code())) {
      throw new AccessDeniedException("Territory " + code + " is outside " + me.email() + "'s");
    }
    return found;
  }

  private String defaultTerritory(CurrentUser me) {
    return territories.limits(me).stream()
        .findFirst()
        .filter(t -> !me.territory().isEmpty())
        .orElse("qc");
  }

  /** Years then quarters, newest first: the fixed periods a dashboard shows. */
  static List<String> periods(Figures current) {
    List<String> periods = new ArrayList<>(current.periods("year"));
    periods.addAll(current.periods("quarter"));
    periods.sort(java.util.Comparator.reverseOrder());
    periods.sort(java.util.Comparator.comparing(String::length));
    return periods;
  }

  /** Every territory the viewer may choose. */
  private List<Territory> choices(CurrentUser me) {
    List<Territory> choices = new ArrayList<>();
    territories.find("qc").filter(t -> territories.mayView(me, t.code())).ifPresent(choices::add);
    for (String level : List.of("region", "mrc", "municipality")) {
      for (Territory t : territories.level(level)) {
        if (territories.mayView(me, t.code())
            && (!level.equals("municipality")
                || !me.territory().isEmpty()
                || t.population() >= 20_000)) {
          choices.add(t);
        }
      }
    }
    return choices;
  }

  private List<NeedRow> table(Figures current, Selection selection) {
    List<NeedRow> rows = new ArrayList<>();
    if (selection.period() == null) {
      return rows;
    }
    for (Territory t : selection.territories()) {
      rows.add(NeedRow.row(current, selection.period(), t, selection.category()));
      for (String month : DashboardData.monthsOf(current, selection.period())) {
        rows.add(NeedRow.row(current, month, t, selection.category()));
      }
    }
    return rows;
  }

  private CurrentUser viewer() {
    CurrentUser me = users.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    if (!territories.mayView(
        me, me.territory().isEmpty() ? "qc" : territories.limits(me).iterator().next())) {
      throw new AccessDeniedException("Insights are for analysts and supervisors");
    }
    return me;
  }
}
