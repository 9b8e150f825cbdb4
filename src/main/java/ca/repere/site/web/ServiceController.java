package ca.repere.site.web;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.shared.Lang;
import ca.repere.site.reports.ErrorReport;
import ca.repere.site.reports.PublicReports;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** A service's public page, and the "report an error" form on it. */
@Controller
class ServiceController {

  private final Directory directory;
  private final ServicePages pages;
  private final StructuredData structuredData;
  private final PublicReports reports;
  private final MapSettings map;
  private final MapPoints mapPoints;
  private final SpamGuard spamGuard;
  private final VerificationNotice verificationNotice;

  ServiceController(
      Directory directory,
      ServicePages pages,
      StructuredData structuredData,
      PublicReports reports,
      MapSettings map,
      MapPoints mapPoints,
      SpamGuard spamGuard,
      VerificationNotice verificationNotice) {
    this.spamGuard = spamGuard;
    this.verificationNotice = verificationNotice;
    this.directory = directory;
    this.pages = pages;
    this.structuredData = structuredData;
    this.reports = reports;
    this.map = map;
    this.mapPoints = mapPoints;
  }

  @GetMapping("/service/{id}")
  String show(
      @PathVariable String id,
      @RequestParam(required = false) String signale,
      Locale locale,
      Model model) {
    model.addAttribute("errorReport", new ErrorReportForm());
    model.addAttribute("reportReceived", signale != null ? true : null);
    return render(publicService(id), locale, model);
  }

  @PostMapping("/service/{id}/signaler")
  String reportError(
      @PathVariable String id,
      @ModelAttribute("errorReport") ErrorReportForm form,
      BindingResult errors,
      Locale locale,
      Model model,
      jakarta.servlet.http.HttpServletRequest request,
      jakarta.servlet.http.HttpServletResponse response) {
    CompiledService service = publicService(id);
    form.validate(errors);
    if (errors.hasErrors()) {
      model.addAttribute("reportOpen", true);
      return render(service, locale, model);
    }
    SpamGuard.Verdict verdict = spamGuard.check(request);
    if (verdict == SpamGuard.Verdict.ROBOT) {
      return "redirect:/service/" + service.service().id() + "?signale#signaler";
    }
    if (verdict != SpamGuard.Verdict.ACCEPTED) {
      model.addAttribute("reportOpen", true);
      model.addAttribute("spamError", verdict.messageKey);
      response.setStatus(verdict == SpamGuard.Verdict.TOO_MANY ? 429 : 200);
      return render(service, locale, model);
    }
    reports.add(
        new ErrorReport(
            null,
            service.service().id(),
            form.trimmedWhatIsWrong(),
            form.trimmedEmail(),
            Lang.of(locale),
            null));
    return "redirect:/service/" + service.service().id() + "?signale#signaler";
  }

  private String render(CompiledService service, Locale locale, Model model) {
    ServicePage page = pages.page(service, locale);
    String url =
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/service/{id}")
            .buildAndExpand(page.id())
            .toUriString();
    model.addAttribute("formStarted", spamGuard.started());
    model.addAttribute(
        "notVerifiedSince",
        verificationNotice.of(service, LocalDate.now(OpeningHours.QUEBEC), locale));
    model.addAttribute("page", page);
    model.addAttribute("pageUrl", url);
    model.addAttribute("jsonLd", structuredData.of(page, url));
    model.addAttribute("map", map);
    model.addAttribute("mapPoints", mapPoints.of(page));
    return "site/service";
  }

  private CompiledService publicService(String id) {
    return parse(id)
        .flatMap(directory::service)
        .filter(s -> s.isPublicOn(LocalDate.now(OpeningHours.QUEBEC)))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static java.util.Optional<UUID> parse(String id) {
    try {
      return java.util.Optional.of(UUID.fromString(id));
    } catch (IllegalArgumentException e) {
      return java.util.Optional.empty();
    }
  }
}
