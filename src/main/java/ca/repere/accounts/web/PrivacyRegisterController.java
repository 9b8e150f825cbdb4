package ca.repere.accounts.web;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import ca.repere.accounts.privacy.PrivacyRegister;
import java.util.Map;
import java.util.UUID;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The administrators' Law 25 register: requests with their deadlines, and incidents. */
@Controller
class PrivacyRegisterController {

  private static final String PAGE = "redirect:/admin/confidentialite";

  private final PrivacyRegister register;
  private final Users users;
  private final AuditLog audit;

  PrivacyRegisterController(PrivacyRegister register, Users users, AuditLog audit) {
    this.register = register;
    this.users = users;
    this.audit = audit;
  }

  @GetMapping("/admin/confidentialite")
  String show(Model model) {
    model.addAttribute("requests", register.requests());
    model.addAttribute("incidents", register.incidents());
    model.addAttribute("today", register.today());
    return "accounts/admin-privacy";
  }

  @PostMapping("/admin/confidentialite/demandes")
  String recordRequest(
      @RequestParam(required = false) String kind,
      @RequestParam(required = false) String requester,
      @RequestParam(required = false) String receivedOn,
      @RequestParam(required = false) String notes,
      Model model,
      RedirectAttributes redirect) {
    UUID admin = users.require(Role.ADMINISTRATOR).id();
    try {
      PrivacyRegister.Request request =
          register.recordRequest(kind, requester, receivedOn, notes, admin);
      audit.record("privacy.request.recorded", "privacy_request:" + request.id(), kind);
      redirect.addFlashAttribute("saved", "accounts.privacy.request.saved");
      return PAGE;
    } catch (PrivacyRegister.InvalidEntry e) {
      model.addAttribute("requestProblems", e.problems());
      model.addAttribute(
          "requestForm",
          Map.of(
              "kind", value(kind),
              "requester", value(requester),
              "receivedOn", value(receivedOn),
              "notes", value(notes)));
      return show(model);
    }
  }

  @PostMapping("/admin/confidentialite/demandes/{id}")
  String closeRequest(
      @PathVariable UUID id,
      @RequestParam(required = false) String outcome,
      RedirectAttributes redirect) {
    users.require(Role.ADMINISTRATOR);
    try {
      register.closeRequest(id, outcome);
      audit.record("privacy.request.closed", "privacy_request:" + id, outcome);
      redirect.addFlashAttribute("saved", "accounts.privacy.request.closed");
    } catch (PrivacyRegister.InvalidEntry e) {
      redirect.addFlashAttribute("closeProblem", e.problems().values().iterator().next());
    }
    return PAGE;
  }

  @PostMapping("/admin/confidentialite/incidents")
  String recordIncident(
      @RequestParam(required = false) String occurredOn,
      @RequestParam(required = false) String discoveredOn,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String personalInformation,
      @RequestParam(defaultValue = "false") boolean seriousRisk,
      @RequestParam(required = false) String measures,
      @RequestParam(required = false) String reportedToCaiOn,
      @RequestParam(required = false) String personsNotifiedOn,
      Model model,
      RedirectAttributes redirect) {
    UUID admin = users.require(Role.ADMINISTRATOR).id();
    try {
      PrivacyRegister.Incident incident =
          register.recordIncident(
              occurredOn,
              discoveredOn,
              description,
              personalInformation,
              seriousRisk,
              measures,
              reportedToCaiOn,
              personsNotifiedOn,
              admin);
      audit.record(
          "privacy.incident.recorded",
          "privacy_incident:" + incident.id(),
          seriousRisk ? "serious risk" : "");
      redirect.addFlashAttribute("saved", "accounts.privacy.incident.saved");
      return PAGE;
    } catch (PrivacyRegister.InvalidEntry e) {
      model.addAttribute("incidentProblems", e.problems());
      model.addAttribute(
          "incidentForm",
          Map.of(
              "occurredOn", value(occurredOn),
              "discoveredOn", value(discoveredOn),
              "description", value(description),
              "personalInformation", value(personalInformation),
              "measures", value(measures),
              "reportedToCaiOn", value(reportedToCaiOn),
              "personsNotifiedOn", value(personsNotifiedOn),
              "seriousRisk", seriousRisk ? "true" : ""));
      return show(model);
    }
  }

  private static String value(String text) {
    return text == null ? "" : text;
  }
}
