package ca.repere.site.web;

import ca.repere.shared.Lang;
import ca.repere.site.reports.PublicReports;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Locale;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;

/**
 * "Report a missing organization": a form whose every accepted submission is kept. The thank-you
 * page is a plain redirect target: nothing about the person is kept beyond what they wrote.
 */
@Controller
class ReportController {

  private final PublicReports reports;
  private final SpamGuard spamGuard;

  ReportController(PublicReports reports, SpamGuard spamGuard) {
    this.reports = reports;
    this.spamGuard = spamGuard;
  }

  @GetMapping("/signaler")
  String form(@ModelAttribute("report") MissingOrganizationForm form, Model model) {
    model.addAttribute("formStarted", spamGuard.started());
    return "site/report-missing";
  }

  @PostMapping("/signaler")
  String submit(
      @ModelAttribute("report") MissingOrganizationForm form,
      BindingResult errors,
      Locale locale,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model) {
    form.validate(errors);
    if (errors.hasErrors()) {
      return form(form, model);
    }
    SpamGuard.Verdict verdict = spamGuard.check(request);
    if (verdict == SpamGuard.Verdict.ROBOT) {
      return "redirect:/signaler/merci";
    }
    if (verdict != SpamGuard.Verdict.ACCEPTED) {
      model.addAttribute("spamError", verdict.messageKey);
      response.setStatus(verdict == SpamGuard.Verdict.TOO_MANY ? 429 : 200);
      return form(form, model);
    }
    reports.add(form.toReport(Lang.of(locale)));
    return "redirect:/signaler/merci";
  }

  @GetMapping("/signaler/merci")
  String thanks() {
    return "site/report-received";
  }
}
