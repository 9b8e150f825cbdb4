package ca.repere.insights.web;

import ca.repere.insights.figures.Figures;
import ca.repere.insights.figures.NeedRow;
import ca.repere.insights.figures.NeedsQuery;
import ca.repere.insights.figures.PublishedFigures;
import ca.repere.insights.figures.Territories;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * Open data: needs figures by territory and fixed period, with small-cell suppression, as JSON or
 * CSV under an open licence; and the public page that explains them.
 */
@Controller
class OpenDataController {

  private final PublishedFigures figures;
  private final Territories territories;
  private final MessageSource messages;

  OpenDataController(PublishedFigures figures, Territories territories, MessageSource messages) {
    this.figures = figures;
    this.territories = territories;
    this.messages = messages;
  }

  @GetMapping("/api/v1/insights/needs")
  ResponseEntity<?> needs(
      @RequestParam(required = false) String territory,
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String from,
      @RequestParam(required = false) String to,
      @RequestParam(required = false) String period,
      @RequestParam(required = false) String category,
      @RequestParam(defaultValue = "json") String format,
      Locale locale) {
    if (!format.equals("json") && !format.equals("csv")) {
      throw new NeedsQuery.InvalidFormat(format);
    }
    Figures current = figures.current();
    NeedsQuery query =
        NeedsQuery.parse(
            territory,
            code,
            from,
            to,
            period,
            category,
            current,
            territories,
            figures.categories());
    List<NeedRow> rows = NeedRow.of(query, current, territories);
    if (format.equals("csv")) {
      return ResponseEntity.ok()
          .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
          .header(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"repere-needs.csv\"")
          .body(Csv.of(NeedRow.COLUMNS, rows.stream().map(NeedRow::csv).toList()));
    }
    return ResponseEntity.ok(
        Map.of(
            "licence", messages.getMessage("insights.licence", null, locale),
            "suppression_threshold", figures.threshold(),
            "rows", rows));
  }

  @ExceptionHandler(NeedsQuery.Invalid.class)
  ResponseEntity<Map<String, String>> invalid(NeedsQuery.Invalid invalid, Locale locale) {
    return ResponseEntity.badRequest()
        .contentType(MediaType.APPLICATION_JSON)
        .body(
            Map.of(
                "error", messages.getMessage(invalid.messageKey(), invalid.arguments(), locale)));
  }

  @GetMapping("/donnees-ouvertes")
  String page(Model model) {
    Figures current = figures.current();
    model.addAttribute("threshold", figures.threshold());
    model.addAttribute("lastComplete", current.lastComplete().toString());
    model.addAttribute("categories", figures.categories());
    return "insights/open-data";
  }
}
