package ca.repere.curation.web;

import ca.repere.curation.AccessRequest;
import ca.repere.curation.AccessRequests;
import ca.repere.curation.InvalidSubmissionException;
import ca.repere.shared.Lang;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The public form where a representative asks to edit their organization's records, or registers a
 * new organization. No account is needed: a curator checks and approves.
 */
@Controller
class AccessRequestController {

  private final AccessRequests requests;
  private final MessageSource messages;

  AccessRequestController(AccessRequests requests, MessageSource messages) {
    this.requests = requests;
    this.messages = messages;
  }

  @GetMapping("/organismes/acces")
  String form(@RequestParam(name = "organisme", required = false) UUID organization, Model model) {
    model.addAttribute("request", blank(organization));
    return "curation/access-form";
  }

  @PostMapping("/organismes/acces")
  String submit(
      @RequestParam(name = "organizationId", required = false) UUID organizationId,
      @RequestParam(required = false) String organizationName,
      @RequestParam(required = false) String description,
      @RequestParam(required = false) String address,
      @RequestParam(required = false) String city,
      @RequestParam(required = false) String postalCode,
      @RequestParam(required = false) String website,
      @RequestParam(required = false) String requesterName,
      @RequestParam(required = false) String requesterEmail,
      @RequestParam(required = false) String requesterRole,
      Locale locale,
      Model model) {
    AccessRequest request =
        new AccessRequest(
            null,
            organizationId,
            organizationName,
            description,
            address,
            city,
            postalCode,
            website,
            requesterName,
            requesterEmail,
            requesterRole,
            Lang.of(locale),
            null,
            null);
    try {
      requests.submit(request);
      return "redirect:/organismes/acces/merci";
    } catch (InvalidSubmissionException e) {
      model.addAttribute("request", request);
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      return "curation/access-form";
    }
  }

  @GetMapping("/organismes/acces/merci")
  String thanks() {
    return "curation/access-received";
  }

  private static AccessRequest blank(UUID organization) {
    return new AccessRequest(
        null,
        organization,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Lang.FR,
        null,
        null);
  }
}
