package ca.repere.curation.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import ca.repere.curation.InvalidSubmissionException;
import ca.repere.curation.Revision;
import ca.repere.curation.SelfService;
import ca.repere.curation.ServiceDraft;
import ca.repere.directory.CompiledService;
import ca.repere.shared.Lang;
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
import org.springframework.web.server.ResponseStatusException;

/**
 * The organization editor's space: their organization's services, the form to propose a change or a
 * new service or project, and the status of each revision.
 */
@Controller
class EditorController {

  private final Users users;
  private final SelfService selfService;
  private final MessageSource messages;

  EditorController(Users users, SelfService selfService, MessageSource messages) {
    this.users = users;
    this.selfService = selfService;
    this.messages = messages;
  }

  @GetMapping("/staff/organisme")
  String home(Model model) {
    CurrentUser me = users.require(Role.ORGANIZATION_EDITOR);
    var organization = selfService.organizationOf(me);
    model.addAttribute("organization", organization.orElse(null));
    if (organization.isPresent()) {
      model.addAttribute("services", selfService.services(me));
      model.addAttribute("revisions", selfService.revisions(me));
    }
    return "curation/editor-home";
  }

  @GetMapping("/staff/organisme/services/{id}")
  String edit(@PathVariable UUID id, Model model) {
    CurrentUser me = users.require(Role.ORGANIZATION_EDITOR);
    CompiledService service = own(me, id);
    model.addAttribute("pending", selfService.pendingRevision(me, id).orElse(null));
    return form(model, DraftForm.of(ServiceDraft.of(service)), "/staff/organisme/services/" + id);
  }

  @PostMapping("/staff/organisme/services/{id}")
  String propose(
      @PathVariable UUID id, @ModelAttribute("draft") DraftForm form, Locale locale, Model model) {
    CurrentUser me = users.require(Role.ORGANIZATION_EDITOR);
    own(me, id);
    try {
      Revision revision = selfService.propose(me, id, form.toDraft(), Lang.of(locale));
      return "redirect:/staff/organisme?" + revision.status().code();
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      return form(model, form, "/staff/organisme/services/" + id);
    }
  }

  @GetMapping("/staff/organisme/nouveau")
  String newService(Model model) {
    CurrentUser me = users.require(Role.ORGANIZATION_EDITOR);
    if (selfService.organizationOf(me).isEmpty()) {
      return home(model);
    }
    return form(model, DraftForm.of(ServiceDraft.empty()), "/staff/organisme/nouveau");
  }

  @PostMapping("/staff/organisme/nouveau")
  String proposeNew(@ModelAttribute("draft") DraftForm form, Locale locale, Model model) {
    CurrentUser me = users.require(Role.ORGANIZATION_EDITOR);
    try {
      Revision revision = selfService.proposeNew(me, form.toDraft(), Lang.of(locale));
      return "redirect:/staff/organisme?" + revision.status().code();
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      return form(model, form, "/staff/organisme/nouveau");
    }
  }

  /** Not found unless it exists and is of the editor's organization (else 403). */
  private CompiledService own(CurrentUser me, UUID id) {
    if (selfService.organizationOf(me).isEmpty()) {
      throw new ResponseStatusException(HttpStatus.NOT_FOUND);
    }
    return selfService
        .service(me, id)
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private static String form(Model model, DraftForm form, String action) {
    model.addAttribute("draft", form);
    model.addAttribute("action", action);
    model.addAttribute("fields", ServiceDraft.FIELDS);
    return "curation/service-form";
  }
}
