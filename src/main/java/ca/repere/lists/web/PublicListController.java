package ca.repere.lists.web;

import ca.repere.directory.CompiledService;
import ca.repere.hsds.HsdsExport;
import ca.repere.lists.ListEntry;
import ca.repere.lists.ResourceList;
import ca.repere.lists.ResourceLists;
import ca.repere.lists.view.ListLine;
import ca.repere.shared.Lang;
import jakarta.servlet.http.HttpServletResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

/**
 * A shared list as the public sees it, read live from the directory: web page, printable page, CSV
 * and a widget for partners' sites. Private lists and unknown tokens are 404.
 */
@Controller
class PublicListController {

  private static final tools.jackson.databind.ObjectMapper JSON =
      tools.jackson.databind.json.JsonMapper.builder().build();

  private final ResourceLists lists;
  private final MessageSource messages;
  private final PublicUrl publicUrl;
  private final HsdsExport hsdsExport;
  private final String widgetPolicy;

  PublicListController(
      ResourceLists lists,
      MessageSource messages,
      PublicUrl publicUrl,
      HsdsExport hsdsExport,
      @Value("${repere.lists.widget-frame-ancestors:*}") String widgetFrameAncestors) {
    this.lists = lists;
    this.messages = messages;
    this.publicUrl = publicUrl;
    this.hsdsExport = hsdsExport;
    this.widgetPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; object-src 'none';"
            + " base-uri 'self'; form-action 'self'; frame-ancestors "
            + widgetFrameAncestors;
  }

  @GetMapping("/listes/{token}")
  String page(@PathVariable String token, Locale locale, Model model) {
    show(token, locale, model);
    return "lists/page";
  }

  @GetMapping("/listes/{token}/imprimer")
  String printable(@PathVariable String token, Locale locale, Model model) {
    show(token, locale, model);
    return "lists/print";
  }

  /** Meant for an iframe on a partner's site: the only page that other origins may frame. */
  @GetMapping("/listes/{token}/widget")
  String widget(
      @PathVariable String token, Locale locale, Model model, HttpServletResponse response) {
    show(token, locale, model);
    response.setHeader("Content-Security-Policy", widgetPolicy);
    return "lists/widget";
  }

  /**
   * The one-script-tag embed: a script that puts the widget's iframe where the tag is ({@code
   * data-lang="en"} for English, {@code data-height} in pixels). No code of ours runs in the
   * partner's page beyond creating that iframe.
   */
  @GetMapping(value = "/listes/{token}/widget.js", produces = "text/javascript;charset=UTF-8")
  ResponseEntity<String> widgetScript(@PathVariable String token) {
    ResourceList list = shared(token);
    String titles =
        JSON.writeValueAsString(
            java.util.Map.of("fr", list.title().in(Lang.FR), "en", list.title().in(Lang.EN)));
    String script =
        """
        (function () {
          var script = document.currentScript;
          var lang = script.getAttribute('data-lang') === 'en' ? 'en' : 'fr';
          var height = parseInt(script.getAttribute('data-height'), 10) || 600;
          var frame = document.createElement('iframe');
          frame.src = %s + '?lang=' + lang;
          frame.title = %s[lang];
          frame.width = '100%%';
          frame.height = String(height);
          frame.loading = 'lazy';
          frame.style.border = '0';
          script.parentNode.insertBefore(frame, script.nextSibling);
        })();
        """
            .formatted(
                JSON.writeValueAsString(publicUrl.of("/listes/" + token + "/widget")), titles);
    return ResponseEntity.ok()
        .header("Cache-Control", "public, max-age=300")
        .header("Cross-Origin-Resource-Policy", "cross-origin")
        .body(script);
  }

  @GetMapping("/listes/{token}/csv")
  ResponseEntity<String> csv(@PathVariable String token, Locale locale) {
    Lang lang = Lang.of(locale);
    ResourceList list = shared(token);
    List<String> header =
        Stream.of("name", "organization", "address", "areas", "phones", "hours", "note", "status")
            .map(c -> messages.getMessage("lists.csv." + c, null, locale))
            .toList();
    String body =
        Stream.concat(Stream.of(header), lines(list, lang).stream().map(l -> row(l, locale)))
            .map(PublicListController::csvLine)
            .collect(Collectors.joining("\r\n", "", "\r\n"));
    return ResponseEntity.ok()
        .contentType(new MediaType("text", "csv", java.nio.charset.StandardCharsets.UTF_8))
        .header("Access-Control-Allow-Origin", "*")
        .header("Content-Disposition", "attachment; filename=\"liste.csv\"")
        .body(body);
  }

  /** A printable PDF with a QR code to the online list, in the reader's language. */
  @GetMapping("/listes/{token}/pdf")
  ResponseEntity<byte[]> pdf(@PathVariable String token, Locale locale) {
    Lang lang = Lang.of(locale);
    ResourceList list = shared(token);
    String url = publicUrl.of("/listes/" + token + "?lang=" + lang.code());
    byte[] pdf =
        ListPdf.of(list.title().in(lang), lines(list, lang), url, pdfLabels(locale), locale);
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_PDF)
        .header("Content-Disposition", "inline; filename=\"liste.pdf\"")
        .body(pdf);
  }

  /**
   * The services offered on the list now, as an HSDS 3.0 array of compiled services (the hsds
   * module's export mapping). Any site may read it ({@code Access-Control-Allow-Origin: *}): it is
   * public data, sent without cookies.
   */
  @GetMapping("/listes/{token}/hsds")
  ResponseEntity<StreamingResponseBody> hsds(@PathVariable String token, Locale locale) {
    Lang lang = Lang.of(locale);
    List<CompiledService> services =
        lists.entries(shared(token), lang).stream()
            .filter(ListEntry::isOffered)
            .map(ListEntry::service)
            .toList();
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .header("Access-Control-Allow-Origin", "*")
        .body(out -> hsdsExport.export(out, lang, services));
  }

  private ListPdf.Labels pdfLabels(Locale locale) {
    return new ListPdf.Labels(
        message("lists.generated", locale, LocalDate.now().toString()),
        message("lists.pdf.online", locale),
        message("lists.csv.phones", locale),
        message("lists.hours", locale),
        message("lists.by-phone", locale),
        message("lists.province-wide", locale),
        message("lists.areas", locale),
        message("lists.no-longer-offered", locale),
        message("lists.empty", locale),
        message("lists.print.footer", locale),
        message("lists.colon", locale));
  }

  private String message(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }

  private void show(String token, Locale locale, Model model) {
    Lang lang = Lang.of(locale);
    ResourceList list = shared(token);
    model.addAttribute("list", list);
    model.addAttribute("listTitle", list.title().in(lang));
    model.addAttribute("lines", lines(list, lang));
    model.addAttribute("generated", LocalDate.now());
  }

  private List<String> row(ListLine line, Locale locale) {
    return List.of(
        nullToEmpty(line.name()),
        nullToEmpty(line.organization()),
        line.where(),
        String.join("; ", line.areas()),
        String.join("; ", line.phones()),
        String.join("; ", line.hours()),
        nullToEmpty(line.note()),
        messages.getMessage(
            line.offered() ? "lists.csv.offered" : "lists.no-longer-offered", null, locale));
  }

  private List<ListLine> lines(ResourceList list, Lang lang) {
    return lists.entries(list, lang).stream().map(e -> ListLine.of(e, lang)).toList();
  }

  private ResourceList shared(String token) {
    return lists.shared(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static String csvLine(List<String> cells) {
    return cells.stream()
        .map(PublicListController::defused)
        .map(c -> "\"" + c.replace("\"", "\"\"") + "\"")
        .collect(Collectors.joining(","));
  }

  /** A cell a spreadsheet would run as a formula (=, +, -, @) is kept as text. */
  private static String defused(String cell) {
    return !cell.isEmpty() && "=+-@".indexOf(cell.charAt(0)) >= 0 ? "'" + cell : cell;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
