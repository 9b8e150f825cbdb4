package ca.repere.site.web;

import ca.repere.shared.Lang;
import ca.repere.site.reports.PublicReports;
import java.util.Locale;
import org.springframework.stereotype.Controller;
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

  ReportController(PublicReports reports) {
    this.reports = reports;
  }

  @GetMapping("/signaler")
  String form(@ModelAttribute("report") MissingOrganizationForm form) {
    return "site/report-missing";
  }

  @PostMapping("/signaler")
  String submit(
      @ModelAttribute("report") MissingOrganizationForm form, BindingResult errors, Locale locale) {
    form.validate(errors);
    if (errors.hasErrors()) {
      return "site/report-missing";
    }
    reports.add(form.toReport(Lang.of(locale)));
    return "redirect:/signaler/merci";
  }

  @GetMapping("/signaler/merci")
  String thanks() {
    return "site/report-received";
  }
}
