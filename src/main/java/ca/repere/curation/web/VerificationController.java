package ca.repere.curation.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import ca.repere.curation.InvalidSubmissionException;
import ca.repere.curation.ServiceDraft;
import ca.repere.curation.VerificationDashboard;
import ca.repere.curation.VerificationRequests;
import ca.repere.shared.Lang;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/**
 * The annual verification: the curators' dashboard and requests, and the public pages of the
 * one-time link where an organization's contact confirms or corrects its records, without account.
 */
@Controller
class VerificationController {

  private final Users users;
  private final VerificationDashboard dashboard;
  private final VerificationRequests requests;
  private final MessageSource messages;

  VerificationController(
      Users users,
      VerificationDashboard dashboard,
      VerificationRequests requests,
      MessageSource messages) {
    this.users = users;
    this.dashboard = dashboard;
    this.requests = requests;
    this.messages = messages;
  }

  @GetMapping("/staff/curation/verification")
  String dashboard(@RequestParam(required = false) String q, Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    model.addAttribute("q", q);
    model.addAttribute(
        "dashboard", dashboard.on(me, LocalDate.now(ZoneId.of("America/Toronto")), q));
    return "curation/verification-dashboard";
  }

  @PostMapping("/staff/curation/verification/demandes")
  String send(
      @RequestParam(required = false) UUID organization,
      @RequestParam(defaultValue = "fr") String lang,
      Locale locale,
      Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    if (organization == null) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    try {
      requests.send(me, organization, Lang.parse(lang));
      return "redirect:/staff/curation/verification?envoyee";
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      return dashboard(null, model);
    }
  }

  @GetMapping("/verification/{token}")
  String open(@PathVariable String token, Model model) {
    model.addAttribute("opened", requests.open(token).orElseThrow(VerificationController::gone));
    model.addAttribute("token", token);
    return "curation/verify";
  }

  @PostMapping("/verification/{token}/confirmer")
  String confirm(@PathVariable String token) {
    if (!requests.confirm(token)) {
      throw gone();
    }
    return "redirect:/verification/merci";
  }

  @GetMapping("/verification/merci")
  String thanks() {
    return "curation/verify-thanks";
  }

  @GetMapping("/verification/{token}/services/{id}")
  String correction(@PathVariable String token, @PathVariable UUID id, Model model) {
    var service = requests.service(token, id).orElseThrow(VerificationController::gone);
    return correctionForm(model, token, id, DraftForm.of(ServiceDraft.of(service)));
  }

  @PostMapping("/verification/{token}/services/{id}")
  String correct(
      @PathVariable String token,
      @PathVariable UUID id,
      @ModelAttribute("draft") DraftForm form,
      Locale locale,
      Model model) {
    requests.service(token, id).orElseThrow(VerificationController::gone);
    try {
      requests.correct(token, id, form.toDraft(), Lang.of(locale));
      return "redirect:/verification/" + token + "?corrigee";
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      return correctionForm(model, token, id, form);
    }
  }

  private static String correctionForm(Model model, String token, UUID id, DraftForm form) {
    model.addAttribute("draft", form);
    model.addAttribute("action", "/verification/" + token + "/services/" + id);
    model.addAttribute("back", "/verification/" + token);
    model.addAttribute("fields", ServiceDraft.FIELDS);
    return "curation/service-form";
  }

  /** A used, expired or unknown link: the page says so, in the person's language. */
  private static ResponseStatusException gone() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND, "curation.verification.link-invalid");
  }
}
