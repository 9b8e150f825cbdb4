package ca.repere.curation;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Mailer;
import ca.repere.accounts.Role;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.NoSuchRecordException;
import ca.repere.directory.Organization;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The curators' review of revisions: the queue, the differences with the published version, and the
 * decision, which is e-mailed to whoever submitted the revision. Also direct edits, publishing and
 * withdrawing.
 */
@Service
public class Review {

  private final Directory directory;
  private final Revisions revisions;
  private final Mailer mailer;
  private final AuditLog audit;

  Review(Directory directory, Revisions revisions, Mailer mailer, AuditLog audit) {
    this.directory = directory;
    this.revisions = revisions;
    this.mailer = mailer;
    this.audit = audit;
  }

  public List<Revision> pending(CurrentUser curator) {
    requireCurator(curator);
    return revisions.pending();
  }

  public Optional<Revision> revision(CurrentUser curator, UUID id) {
    requireCurator(curator);
    return revisions.find(id);
  }

  /** What the revision changes, field by field, against the version the public sees now. */
  public List<ServiceDraft.FieldChange> differences(Revision revision) {
    ServiceDraft published =
        revision.isNew()
            ? ServiceDraft.empty()
            : directory
                .service(revision.serviceId())
                .map(ServiceDraft::of)
                .orElse(ServiceDraft.empty());
    return revision.draft().changesFrom(published);
  }

  /** Whether the service changed since the revision was written (the diff shows the latest). */
  public boolean isStale(Revision revision) {
    return !revision.isNew()
        && directory
            .service(revision.serviceId())
            .map(s -> !Integer.valueOf(s.service().version()).equals(revision.baseVersion()))
            .orElse(false);
  }

  public Optional<Organization> organization(UUID id) {
    return directory.organization(id);
  }

  @Transactional
  public void approve(CurrentUser curator, UUID id, String comment) {
    Revision revision = pendingRevision(curator, id);
    Organization organization =
        directory
            .organization(revision.organizationId())
            .orElseThrow(
                () -> new NoSuchRecordException("organization", revision.organizationId()));
    CompiledService saved = Changes.apply(directory, revision, organization, curator.email());
    revisions.decide(id, Revision.Status.APPROVED, curator.email(), clean(comment));
    audit.record(curator.email(), "curation.revision.approve", id.toString(), null);
    tell(
        revision,
        "curation/revision-approved",
        saved.service().name().in(revision.submitterLang()),
        comment);
  }

  /** A rejection says why: the comment is required and is e-mailed to the submitter. */
  @Transactional
  public void reject(CurrentUser curator, UUID id, String comment) {
    Revision revision = pendingRevision(curator, id);
    if (clean(comment) == null) {
      throw new InvalidSubmissionException(
          List.of(Problem.of("comment", "curation.problem.comment-required")));
    }
    revisions.decide(id, Revision.Status.REJECTED, curator.email(), clean(comment));
    audit.record(curator.email(), "curation.revision.reject", id.toString(), null);
    String name =
        ca.repere.shared.LocalizedText.of(revision.draft().nameFr(), revision.draft().nameEn())
            .in(revision.submitterLang());
    tell(revision, "curation/revision-rejected", name, comment);
  }

  /** A curator's own edit: applied at once, recorded as an approved revision. */
  @Transactional
  public CompiledService edit(CurrentUser curator, UUID serviceId, ServiceDraft draft) {
    requireCurator(curator);
    SelfService.check(draft);
    CompiledService current =
        directory
            .service(serviceId)
            .orElseThrow(() -> new NoSuchRecordException("service", serviceId));
    audit.record(curator.email(), "curation.service.edit", serviceId.toString(), null);
    return directory.save(DraftApplication.apply(draft, current), curator.email());
  }

  @Transactional
  public void publish(CurrentUser curator, UUID serviceId) {
    requireCurator(curator);
    directory.publish(serviceId, curator.email());
    audit.record(curator.email(), "curation.service.publish", serviceId.toString(), null);
  }

  @Transactional
  public void withdraw(CurrentUser curator, UUID serviceId) {
    requireCurator(curator);
    directory.withdraw(serviceId, curator.email());
    audit.record(curator.email(), "curation.service.withdraw", serviceId.toString(), null);
  }

  public Optional<CompiledService> service(CurrentUser curator, UUID serviceId) {
    requireCurator(curator);
    return directory.service(serviceId);
  }

  private Revision pendingRevision(CurrentUser curator, UUID id) {
    requireCurator(curator);
    Revision revision =
        revisions.find(id).orElseThrow(() -> new NoSuchRecordException("revision", id));
    if (!revision.isPending()) {
      throw new InvalidSubmissionException(
          List.of(Problem.of("status", "curation.problem.already-decided")));
    }
    return revision;
  }

  private void tell(Revision revision, String template, String serviceName, String comment) {
    mailer.send(
        revision.submittedBy(),
        revision.submitterLang(),
        template,
        Map.of(
            "service", serviceName == null ? "" : serviceName,
            "comment", clean(comment) == null ? "—" : clean(comment)));
  }

  static void requireCurator(CurrentUser user) {
    if (user == null || !user.has(Role.CURATOR)) {
      throw new AccessDeniedException("Requires the role " + Role.CURATOR);
    }
  }

  private static String clean(String text) {
    return Texts.clean(text);
  }
}
