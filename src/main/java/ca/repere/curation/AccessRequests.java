package ca.repere.curation;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.OrganizationEditors;
import ca.repere.directory.Directory;
import ca.repere.directory.NoSuchRecordException;
import ca.repere.directory.Organization;
import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Representatives asking to edit an organization, and the curator's decision: approving gives the
 * representative an editor account on that organization (created, then invited by e-mail), after
 * registering the organization when it is new.
 */
@Service
public class AccessRequests {

  private final JdbcClient jdbc;
  private final Directory directory;
  private final OrganizationEditors editors;
  private final AuditLog audit;

  AccessRequests(
      JdbcClient jdbc, Directory directory, OrganizationEditors editors, AuditLog audit) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.editors = editors;
    this.audit = audit;
  }

  /** Keeps a request for the curators. @throws InvalidSubmissionException naming each field */
  @Transactional
  public UUID submit(AccessRequest request) {
    List<Problem> problems = request.problems();
    if (!problems.isEmpty()) {
      throw new InvalidSubmissionException(problems);
    }
    UUID id = UUID.randomUUID();
    UUID existing =
        request.organizationId() != null
                && directory.organization(request.organizationId()).isPresent()
            ? request.organizationId()
            : null;
    jdbc.sql(
            """
            INSERT INTO curation.access_request (id, organization_id, organization_name, description,
              address, city, postal_code, website, requester_name, requester_email, requester_role, lang)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            existing,
            request.organizationName(),
            request.description(),
            request.address(),
            request.city(),
            request.postalCode(),
            request.website(),
            request.requesterName(),
            request.requesterEmail(),
            request.requesterRole(),
            request.lang().code())
        .update();
    audit.record("anonymous", "curation.access.request", id.toString(), null);
    return id;
  }

  public List<AccessRequest> pending(CurrentUser curator) {
    Review.requireCurator(curator);
    return jdbc.sql(
            "SELECT * FROM curation.access_request WHERE status = 'pending' ORDER BY received_at, id")
        .query(AccessRequests::map)
        .list();
  }

  public Optional<AccessRequest> find(CurrentUser curator, UUID id) {
    Review.requireCurator(curator);
    return jdbc.sql("SELECT * FROM curation.access_request WHERE id = ?")
        .param(id)
        .query(AccessRequests::map)
        .optional();
  }

  /**
   * Grants the request on {@code organizationId}, or on a new organization registered from the
   * request when it is null. Returns the organization's id.
   */
  @Transactional
  public UUID approve(CurrentUser curator, UUID id, UUID organizationId, String baseUrl) {
    AccessRequest request = pendingRequest(curator, id);
    UUID organization =
        organizationId != null
            ? directory
                .organization(organizationId)
                .orElseThrow(() -> new NoSuchRecordException("organization", organizationId))
                .id()
            : register(request, curator).id();
    editors.grant(
        request.requesterEmail(),
        request.requesterName(),
        organization,
        request.lang(),
        baseUrl,
        curator.displayName());
    decide(id, "approved", curator, organization);
    return organization;
  }

  @Transactional
  public void reject(CurrentUser curator, UUID id) {
    pendingRequest(curator, id);
    decide(id, "rejected", curator, null);
  }

  private Organization register(AccessRequest request, CurrentUser curator) {
    Organization organization =
        Organization.named(UUID.randomUUID(), LocalizedText.fr(request.organizationName()))
            .toBuilder()
            .description(LocalizedText.fr(request.description()))
            .website(request.website())
            .privateContactName(request.requesterName())
            .privateContactEmail(request.requesterEmail())
            .build();
    return directory.save(organization, curator.email());
  }

  private void decide(UUID id, String status, CurrentUser curator, UUID organization) {
    jdbc.sql(
            """
            UPDATE curation.access_request SET status = ?, decided_by = ?, decided_at = now(),
              granted_organization_id = ? WHERE id = ?""")
        .params(status, curator.email(), organization, id)
        .update();
    audit.record(curator.email(), "curation.access." + status, id.toString(), null);
  }

  private AccessRequest pendingRequest(CurrentUser curator, UUID id) {
    AccessRequest request =
        find(curator, id).orElseThrow(() -> new NoSuchRecordException("access_request", id));
    if (!"pending".equals(request.status())) {
      throw new InvalidSubmissionException(
          List.of(Problem.of("status", "curation.problem.already-decided")));
    }
    return request;
  }

  private static AccessRequest map(ResultSet rs, int row) throws SQLException {
    return new AccessRequest(
        rs.getObject("id", UUID.class),
        rs.getObject("organization_id", UUID.class),
        rs.getString("organization_name"),
        rs.getString("description"),
        rs.getString("address"),
        rs.getString("city"),
        rs.getString("postal_code"),
        rs.getString("website"),
        rs.getString("requester_name"),
        rs.getString("requester_email"),
        rs.getString("requester_role"),
        Lang.parse(rs.getString("lang")),
        rs.getString("status"),
        rs.getTimestamp("received_at").toInstant());
  }
}
