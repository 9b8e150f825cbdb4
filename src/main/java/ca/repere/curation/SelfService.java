package ca.repere.curation;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Organization;
import ca.repere.shared.Lang;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an organization editor does: read their organization's services, propose changes and new
 * services or time-limited projects, and follow each revision's status. Every call checks that the
 * record belongs to the editor's own organization, whatever id the request carries.
 */
@Service
public class SelfService {

  private final Directory directory;
  private final Revisions revisions;
  private final AuditLog audit;

  SelfService(Directory directory, Revisions revisions, AuditLog audit) {
    this.directory = directory;
    this.revisions = revisions;
    this.audit = audit;
  }

  /** The editor's organization, if their account is linked to one that exists. */
  public Optional<Organization> organizationOf(CurrentUser editor) {
    requireEditor(editor);
    return Optional.ofNullable(editor.organization()).flatMap(directory::organization);
  }

  public List<CompiledService> services(CurrentUser editor) {
    Organization organization = requireOrganization(editor);
    return directory.services(directory.serviceIdsOfOrganization(organization.id())).stream()
        .sorted(Comparator.comparing(s -> String.valueOf(s.service().name().in(Lang.FR))))
        .toList();
  }

  /** One of the editor's services, staff-only details included (they are its organization's). */
  public Optional<CompiledService> service(CurrentUser editor, UUID serviceId) {
    Organization organization = requireOrganization(editor);
    Optional<CompiledService> service = directory.service(serviceId);
    service.ifPresent(s -> requireOwn(organization, s.service().organizationId(), serviceId));
    return service;
  }

  public List<Revision> revisions(CurrentUser editor) {
    return revisions.ofOrganization(requireOrganization(editor).id());
  }

  public Optional<Revision> pendingRevision(CurrentUser editor, UUID serviceId) {
    return service(editor, serviceId).flatMap(s -> revisions.pendingFor(serviceId));
  }

  /**
   * Proposes a change to one of the editor's services. A trusted organization's change is applied
   * at once; any other waits for a curator while the published version stays public.
   *
   * @throws InvalidSubmissionException naming each field (and line) that is wrong
   */
  @Transactional
  public Revision propose(CurrentUser editor, UUID serviceId, ServiceDraft draft, Lang lang) {
    CompiledService current =
        service(editor, serviceId)
            .orElseThrow(() -> new AccessDeniedException("No such service: " + serviceId));
    check(draft);
    if (draft.changesFrom(ServiceDraft.of(current)).isEmpty()) {
      throw new InvalidSubmissionException(
          List.of(Problem.of("nameFr", "curation.problem.nothing-changed")));
    }
    Revision revision =
        newRevision(editor, current.service().organizationId(), serviceId, false, draft, lang)
            .withBaseVersion(current.service().version());
    return submit(editor, revision, current.organization());
  }

  /** Proposes a new service, or a time-limited project when the draft has an end date. */
  @Transactional
  public Revision proposeNew(CurrentUser editor, ServiceDraft draft, Lang lang) {
    Organization organization = requireOrganization(editor);
    check(draft);
    Revision revision =
        newRevision(editor, organization.id(), UUID.randomUUID(), true, draft, lang);
    return submit(editor, revision, organization);
  }

  private Revision submit(CurrentUser editor, Revision revision, Organization organization) {
    revisions.insert(revision);
    audit.record(editor.email(), "curation.revision.submit", revision.serviceId().toString(), null);
    if (organization.trusted()) {
      Changes.apply(directory, revision, organization, editor.email());
      revisions.decide(revision.id(), Revision.Status.APPROVED, editor.email(), null);
      return revisions.find(revision.id()).orElseThrow();
    }
    return revision;
  }

  private static Revision newRevision(
      CurrentUser editor, UUID organization, UUID service, boolean isNew, ServiceDraft d, Lang l) {
    return new Revision(
        UUID.randomUUID(),
        organization,
        service,
        isNew,
        null,
        d,
        Revision.Status.PENDING,
        editor.email(),
        l,
        java.time.Instant.now(),
        null,
        null,
        null);
  }

  static void check(ServiceDraft draft) {
    List<Problem> problems = draft.problems();
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
  }

  private Organization requireOrganization(CurrentUser editor) {
    return organizationOf(editor)
        .orElseThrow(() -> new AccessDeniedException("No organization linked to this account"));
  }

  private static void requireEditor(CurrentUser editor) {
    if (editor == null || !editor.has(Role.ORGANIZATION_EDITOR)) {
      throw new AccessDeniedException("Requires the role " + Role.ORGANIZATION_EDITOR);
    }
  }

  private static void requireOwn(Organization mine, UUID owner, UUID record) {
    if (!mine.id().equals(owner)) {
      throw new NotYourOrganizationException(record);
    }
  }
}
