package ca.repere.curation.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import ca.repere.curation.AccessRequests;
import ca.repere.curation.DuplicateHints;
import ca.repere.curation.InvalidSubmissionException;
import ca.repere.curation.Review;
import ca.repere.curation.Revision;
import ca.repere.curation.ServiceDraft;
import ca.repere.directory.CompiledService;
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
 * The curators' workspace: the queue of pending revisions and access requests, a revision's
 * side-by-side differences with approve and reject, and direct edits with publish and withdraw.
 */
@Controller
class CuratorController {

  private final Users users;
  private final Review review;
  private final AccessRequests accessRequests;
  private final DuplicateHints duplicates;
  private final MessageSource messages;
  private final CuratorTasks tasks;
  private final Links links;

  CuratorController(
      Users users,
      Review review,
      AccessRequests accessRequests,
      DuplicateHints duplicates,
      MessageSource messages,
      CuratorTasks tasks,
      Links links) {
    this.links = links;
    this.users = users;
    this.review = review;
    this.accessRequests = accessRequests;
    this.duplicates = duplicates;
    this.messages = messages;
    this.tasks = tasks;
  }

  @GetMapping("/staff/curation")
  String workspace(Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    model.addAttribute("revisions", review.pending(me));
    model.addAttribute("accessRequests", accessRequests.pending(me));
    tasks.addTo(model, me);
    return "curation/workspace";
  }

  @GetMapping("/staff/curation/revisions/{id}")
  String revision(@PathVariable UUID id, Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    Revision revision = review.revision(me, id).orElseThrow(CuratorController::notFound);
    model.addAttribute("revision", revision);
    model.addAttribute("changes", review.differences(revision));
    model.addAttribute("stale", review.isStale(revision));
    model.addAttribute("organization", review.organization(revision.organizationId()).orElse(null));
    if (revision.isNew()) {
      ServiceDraft d = revision.draft();
      model.addAttribute(
          "duplicates",
          duplicates.services(
              d.nameFr() != null ? d.nameFr() : d.nameEn(), d.city(), d.postalCode(), null));
    }
    return "curation/revision";
  }

  @PostMapping("/staff/curation/revisions/{id}/approuver")
  String approve(
      @PathVariable UUID id,
      @RequestParam(required = false) String comment,
      Locale locale,
      Model model) {
    return decide(id, comment, review::approve, "approuvee", locale, model);
  }

  @PostMapping("/staff/curation/revisions/{id}/rejeter")
  String reject(
      @PathVariable UUID id,
      @RequestParam(required = false) String comment,
      Locale locale,
      Model model) {
    return decide(id, comment, review::reject, "rejetee", locale, model);
  }

  /** A curator's decision on a revision; a refused one shows the revision again with why. */
  private interface Decision {
    void apply(CurrentUser curator, UUID revision, String comment);
  }

  private String decide(
      UUID id, String comment, Decision decision, String outcome, Locale locale, Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    try {
      decision.apply(me, id, comment);
      return "redirect:/staff/curation?" + outcome;
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      return revision(id, model);
    }
  }

  @GetMapping("/staff/curation/services/{id}")
  String edit(@PathVariable UUID id, Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    CompiledService service = review.service(me, id).orElseThrow(CuratorController::notFound);
    return editForm(model, service, DraftForm.of(ServiceDraft.of(service)));
  }

  @PostMapping("/staff/curation/services/{id}")
  String save(
      @PathVariable UUID id, @ModelAttribute("draft") DraftForm form, Locale locale, Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    CompiledService service = review.service(me, id).orElseThrow(CuratorController::notFound);
    try {
      review.edit(me, id, form.toDraft());
      return "redirect:/staff/curation/services/" + id + "?enregistre";
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      return editForm(model, service, form);
    }
  }

  @PostMapping("/staff/curation/services/{id}/publier")
  String publish(@PathVariable UUID id) {
    CurrentUser me = users.require(Role.CURATOR);
    review.service(me, id).orElseThrow(CuratorController::notFound);
    review.publish(me, id);
    return "redirect:/staff/curation/services/" + id + "?publie";
  }

  @PostMapping("/staff/curation/services/{id}/retirer")
  String withdraw(@PathVariable UUID id) {
    CurrentUser me = users.require(Role.CURATOR);
    review.service(me, id).orElseThrow(CuratorController::notFound);
    review.withdraw(me, id);
    return "redirect:/staff/curation/services/" + id + "?retire";
  }

  @GetMapping("/staff/curation/acces/{id}")
  String accessRequest(@PathVariable UUID id, Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    var request = accessRequests.find(me, id).orElseThrow(CuratorController::notFound);
    model.addAttribute("request", request);
    model.addAttribute(
        "duplicates",
        duplicates.organizations(request.organizationName(), request.city(), request.postalCode()));
    model.addAttribute(
        "named",
        request.organizationId() == null
            ? null
            : review.organization(request.organizationId()).orElse(null));
    return "curation/access-request";
  }

  @PostMapping("/staff/curation/acces/{id}/approuver")
  String approveAccess(
      @PathVariable UUID id,
      @RequestParam(required = false) String organization,
      Locale locale,
      Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    UUID chosen;
    try {
      chosen =
          organization == null || organization.isBlank() || organization.equals("new")
              ? null
              : UUID.fromString(organization);
    } catch (IllegalArgumentException e) {
      throw new ResponseStatusException(HttpStatus.BAD_REQUEST);
    }
    try {
      accessRequests.approve(me, id, chosen, links.base());
      return "redirect:/staff/curation?acces";
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      return accessRequest(id, model);
    }
  }

  @PostMapping("/staff/curation/acces/{id}/rejeter")
  String rejectAccess(@PathVariable UUID id) {
    CurrentUser me = users.require(Role.CURATOR);
    accessRequests.reject(me, id);
    return "redirect:/staff/curation?acces";
  }

  private String editForm(Model model, CompiledService service, DraftForm form) {
    model.addAttribute("service", service);
    model.addAttribute("draft", form);
    model.addAttribute("action", "/staff/curation/services/" + service.service().id());
    model.addAttribute("fields", ServiceDraft.FIELDS);
    return "curation/curator-service";
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
