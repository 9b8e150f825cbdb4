package ca.repere.curation;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Mailer;
import ca.repere.shared.Lang;
import ca.repere.site.reports.ErrorReport;
import ca.repere.site.reports.MissingOrganizationReport;
import ca.repere.site.reports.PublicReports;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The public's reports as curator tasks: every open report is a task until a curator closes it.
 * Closing tells the reporter the outcome when they left an e-mail, and erases that e-mail.
 */
@Service
public class ReportTasks {

  /** What a task is about: an organization the directory lacks, or an error on a service page. */
  public enum Kind {
    MISSING,
    ERROR;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }

    public static Optional<Kind> parse(String code) {
      for (Kind kind : values()) {
        if (kind.code().equals(code)) {
          return Optional.of(kind);
        }
      }
      return Optional.empty();
    }
  }

  /** A task as the workspace lists it. {@code serviceId} is the reported service, for errors. */
  public record Task(
      Kind kind,
      UUID id,
      String title,
      String text,
      UUID serviceId,
      MissingOrganizationReport missing,
      boolean reporterLeftEmail,
      Instant receivedAt) {}

  private final PublicReports reports;
  private final Mailer mailer;
  private final AuditLog audit;

  ReportTasks(PublicReports reports, Mailer mailer, AuditLog audit) {
    this.reports = reports;
    this.mailer = mailer;
    this.audit = audit;
  }

  public List<Task> open(CurrentUser curator) {
    Review.requireCurator(curator);
    List<Task> tasks = new ArrayList<>();
    reports.openMissingOrganizations().forEach(r -> tasks.add(task(r)));
    reports.openErrors().forEach(r -> tasks.add(task(r)));
    tasks.sort(Comparator.comparing(Task::receivedAt));
    return tasks;
  }

  public Optional<Task> find(CurrentUser curator, Kind kind, UUID id) {
    Review.requireCurator(curator);
    return kind == Kind.MISSING
        ? reports.missingOrganization(id).map(ReportTasks::task)
        : reports.error(id).map(ReportTasks::task);
  }

  /**
   * Closes the task: {@code handled} (the directory was completed or corrected) or not. The
   * reporter who left an e-mail gets the outcome and {@code note}; then the e-mail is erased.
   */
  @Transactional
  public boolean close(CurrentUser curator, Kind kind, UUID id, boolean handled, String note) {
    Review.requireCurator(curator);
    Optional<Outcome> outcome =
        kind == Kind.MISSING
            ? reports
                .missingOrganization(id)
                .map(r -> new Outcome(r.reporterEmail(), r.lang(), r.organizationName()))
            : reports
                .error(id)
                .map(r -> new Outcome(r.reporterEmail(), r.lang(), excerpt(r.whatIsWrong())));
    boolean closed =
        kind == Kind.MISSING
            ? reports.closeMissingOrganization(id, handled)
            : reports.closeError(id, handled);
    if (closed) {
      audit.record(
          curator.email(), "curation.report.close", id.toString(), kind.code() + " " + handled);
      outcome.filter(o -> o.email() != null).ifPresent(o -> tell(o, handled, note));
    }
    return closed;
  }

  private record Outcome(String email, Lang lang, String about) {}

  private void tell(Outcome outcome, boolean handled, String note) {
    mailer.send(
        outcome.email(),
        outcome.lang(),
        handled ? "curation/report-handled" : "curation/report-not-retained",
        Map.of(
            "about", outcome.about(), "note", note == null || note.isBlank() ? "—" : note.strip()));
  }

  private static Task task(MissingOrganizationReport r) {
    return new Task(
        Kind.MISSING,
        r.id(),
        r.organizationName(),
        r.description(),
        null,
        r,
        r.reporterEmail() != null,
        r.receivedAt());
  }

  private static Task task(ErrorReport r) {
    return new Task(
        Kind.ERROR,
        r.id(),
        excerpt(r.whatIsWrong()),
        r.whatIsWrong(),
        r.serviceId(),
        null,
        r.reporterEmail() != null,
        r.receivedAt());
  }

  private static String excerpt(String text) {
    return text.length() <= 80 ? text : text.substring(0, 79) + "…";
  }
}
