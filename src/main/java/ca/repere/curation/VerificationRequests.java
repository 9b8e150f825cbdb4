package ca.repere.curation;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Mailer;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.NoSuchRecordException;
import ca.repere.directory.Organization;
import ca.repere.shared.Lang;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Verification by the organization itself, without an account: a request e-mailed to its private
 * contact with a secure link (a random token; only its hash is stored) where they confirm that the
 * records are still accurate, or send corrections, which become revisions for the curators. The
 * link works until the confirmation or its expiry; reminders send a new link.
 */
@Service
public class VerificationRequests {

  private final JdbcClient jdbc;
  private final Directory directory;
  private final Revisions revisions;
  private final Mailer mailer;
  private final AuditLog audit;
  private final Duration validity;
  private final String baseUrl;
  private final SecureRandom random = new SecureRandom();

  VerificationRequests(
      JdbcClient jdbc,
      Directory directory,
      Revisions revisions,
      Mailer mailer,
      AuditLog audit,
      @Value("${repere.curation.verification.link-validity:30d}") Duration validity,
      @Value("${repere.public-url:http://localhost:${server.port:8080}}") String baseUrl) {
    this.jdbc = jdbc;
    this.directory = directory;
    this.revisions = revisions;
    this.mailer = mailer;
    this.audit = audit;
    this.validity = validity;
    this.baseUrl = baseUrl;
  }

  /** An open request as its link shows it: the organization and its published services. */
  public record Opened(UUID requestId, Organization organization, List<CompiledService> services) {}

  /**
   * E-mails a verification request to the organization's private contact.
   *
   * @throws InvalidSubmissionException when the organization has no private contact e-mail
   */
  @Transactional
  public void send(CurrentUser curator, UUID organizationId, Lang lang) {
    Review.requireCurator(curator);
    Organization organization =
        directory
            .organization(organizationId)
            .orElseThrow(() -> new NoSuchRecordException("organization", organizationId));
    if (organization.privateContactEmail() == null
        || organization.privateContactEmail().isBlank()) {
      throw new InvalidSubmissionException(
          List.of(Problem.of("privateContactEmail", "curation.problem.no-private-contact")));
    }
    String token = newToken();
    jdbc.sql(
            """
            INSERT INTO curation.verification_request
              (id, token_hash, organization_id, sent_to, lang, requested_by, expires_at)
            VALUES (?, ?, ?, ?, ?, ?, now() + make_interval(secs => ?))""")
        .params(
            UUID.randomUUID(),
            hash(token),
            organizationId,
            organization.privateContactEmail(),
            lang.code(),
            curator.email(),
            validity.toSeconds())
        .update();
    audit.record(curator.email(), "curation.verification.send", organizationId.toString(), null);
    mail(
        organization,
        organization.privateContactEmail(),
        lang,
        token,
        "curation/verification-request");
  }

  public Optional<Opened> open(String token) {
    return openRequest(token)
        .flatMap(
            r ->
                directory
                    .organization(r.organizationId())
                    .map(o -> new Opened(r.id(), o, publishedServices(o.id()))));
  }

  /** The contact confirms: every published service without a pending correction is verified. */
  @Transactional
  public boolean confirm(String token) {
    Optional<Request> request = openRequest(token);
    if (request.isEmpty()) {
      return false;
    }
    Request r = request.get();
    String actor = "verification:" + r.sentTo();
    for (CompiledService s : publishedServices(r.organizationId())) {
      if (revisions.pendingFor(s.service().id()).isEmpty()) {
        directory.markVerified(s.service().id(), actor);
      }
    }
    jdbc.sql("UPDATE curation.verification_request SET confirmed_at = now() WHERE id = ?")
        .param(r.id())
        .update();
    audit.record(actor, "curation.verification.confirm", r.organizationId().toString(), null);
    return true;
  }

  /** A correction from the link: a pending revision, submitted in the contact's name. */
  @Transactional
  public Revision correct(String token, UUID serviceId, ServiceDraft draft, Lang lang) {
    Request r =
        openRequest(token).orElseThrow(() -> new NoSuchRecordException("verification", null));
    CompiledService current = serviceOf(r, serviceId);
    SelfService.check(draft);
    if (draft.changesFrom(ServiceDraft.of(current)).isEmpty()) {
      throw new InvalidSubmissionException(
          List.of(Problem.of("nameFr", "curation.problem.nothing-changed")));
    }
    Revision revision =
        new Revision(
            UUID.randomUUID(),
            r.organizationId(),
            serviceId,
            false,
            current.service().version(),
            draft,
            Revision.Status.PENDING,
            r.sentTo(),
            lang,
            Instant.now(),
            null,
            null,
            null);
    revisions.insert(revision);
    audit.record(
        "verification:" + r.sentTo(), "curation.revision.submit", serviceId.toString(), null);
    return revision;
  }

  /** One of the request's organization's published services, or not found. */
  public Optional<CompiledService> service(String token, UUID serviceId) {
    return openRequest(token).map(r -> serviceOf(r, serviceId));
  }

  /**
   * Sends a new link to contacts who have not answered within {@code after}, at most {@code max}
   * times per request. Returns how many reminders were sent.
   */
  @Transactional
  public int remind(Duration after, int max) {
    List<Request> due =
        jdbc.sql(
                "SELECT * FROM curation.verification_request WHERE confirmed_at IS NULL"
                    + " AND expires_at > now() AND reminders_sent < ?"
                    + " AND last_sent_at < now() - make_interval(secs => ?)")
            .params(max, after.toSeconds())
            .query(VerificationRequests::request)
            .list();
    int sent = 0;
    for (Request r : due) {
      Optional<Organization> organization = directory.organization(r.organizationId());
      if (organization.isEmpty()) {
        continue;
      }
      String token = newToken();
      jdbc.sql(
              """
              UPDATE curation.verification_request SET token_hash = ?, last_sent_at = now(),
                reminders_sent = reminders_sent + 1 WHERE id = ?""")
          .params(hash(token), r.id())
          .update();
      mail(organization.get(), r.sentTo(), r.lang(), token, "curation/verification-reminder");
      sent++;
    }
    if (sent > 0) {
      audit.record("system", "curation.verification.remind", null, sent + " reminders");
    }
    return sent;
  }

  private CompiledService serviceOf(Request r, UUID serviceId) {
    return directory
        .service(serviceId)
        .filter(s -> s.service().organizationId().equals(r.organizationId()))
        .orElseThrow(() -> new NoSuchRecordException("service", serviceId));
  }

  private List<CompiledService> publishedServices(UUID organizationId) {
    return directory.services(directory.serviceIdsOfOrganization(organizationId)).stream()
        .filter(s -> s.service().lifecycle() == ca.repere.directory.Lifecycle.PUBLISHED)
        .toList();
  }

  private void mail(
      Organization organization, String to, Lang lang, String token, String template) {
    String services =
        publishedServices(organization.id()).stream()
            .map(s -> "- " + s.service().name().in(lang))
            .collect(Collectors.joining("\n"));
    mailer.send(
        to,
        lang,
        template,
        Map.of(
            "organization",
            organization.name().in(lang),
            "services",
            services,
            "link",
            baseUrl + "/verification/" + token,
            "days",
            validity.toDays()));
  }

  private record Request(UUID id, UUID organizationId, String sentTo, Lang lang) {}

  private Optional<Request> openRequest(String token) {
    if (token == null || token.length() < 20) {
      return Optional.empty();
    }
    return jdbc.sql(
            "SELECT * FROM curation.verification_request WHERE token_hash = ?"
                + " AND confirmed_at IS NULL AND expires_at > now()")
        .param(hash(token))
        .query(VerificationRequests::request)
        .optional();
  }

  private static Request request(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
    return new Request(
        rs.getObject("id", UUID.class),
        rs.getObject("organization_id", UUID.class),
        rs.getString("sent_to"),
        Lang.parse(rs.getString("lang")));
  }

  private String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
