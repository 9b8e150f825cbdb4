package ca.repere.curation.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.curation.ReportTasks;
import org.springframework.stereotype.Component;
import org.springframework.ui.Model;

/** The public's reports, listed in the workspace as tasks. */
@Component
class CuratorTasks {

  private final ReportTasks reports;

  CuratorTasks(ReportTasks reports) {
    this.reports = reports;
  }

  void addTo(Model model, CurrentUser curator) {
    model.addAttribute("reportTasks", reports.open(curator));
  }
}
