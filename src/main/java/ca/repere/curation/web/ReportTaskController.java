package ca.repere.curation.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import ca.repere.curation.DuplicateHints;
import ca.repere.curation.ReportTasks;
import ca.repere.curation.ReportTasks.Kind;
import ca.repere.curation.ReportTasks.Task;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;

/** A report from the public as a curator's task: read it, act, close it. */
@Controller
class ReportTaskController {

  private final Users users;
  private final ReportTasks tasks;
  private final DuplicateHints duplicates;

  ReportTaskController(Users users, ReportTasks tasks, DuplicateHints duplicates) {
    this.users = users;
    this.tasks = tasks;
    this.duplicates = duplicates;
  }

  @GetMapping("/staff/curation/taches/{kind}/{id}")
  String task(@PathVariable String kind, @PathVariable UUID id, Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    Task task = tasks.find(me, kind(kind), id).orElseThrow(ReportTaskController::notFound);
    model.addAttribute("task", task);
    if (task.missing() != null) {
      model.addAttribute(
          "duplicates",
          duplicates.organizations(task.title(), task.missing().municipality(), null));
    }
    return "curation/report-task";
  }

  @PostMapping("/staff/curation/taches/{kind}/{id}/fermer")
  String close(
      @PathVariable String kind,
      @PathVariable UUID id,
      @RequestParam(defaultValue = "true") boolean handled,
      @RequestParam(required = false) String note) {
    CurrentUser me = users.require(Role.CURATOR);
    tasks.close(me, kind(kind), id, handled, note);
    return "redirect:/staff/curation?tache";
  }

  private static Kind kind(String code) {
    return Kind.parse(code).orElseThrow(ReportTaskController::notFound);
  }

  private static ResponseStatusException notFound() {
    return new ResponseStatusException(HttpStatus.NOT_FOUND);
  }
}
