package ca.repere.curation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Organization;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The annual verification: due dates, the dashboard, the one-time link, reminders, public mark. */
@RepereApplicationTest
class VerificationIT {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Pattern LINK = Pattern.compile("http://\\S+(/verification/[A-Za-z0-9_-]+)");

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired VerificationRequests requests;
  @Autowired JdbcClient jdbc;
  CurationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new CurationFixtures(directory, accounts, secondFactor);
  }

  @Test
  void theDashboardShowsOverdueAndDueSoonServicesAndTheirCounts() {
    Organization org = fixtures.organization("Vérif Dashboard", false);
    CompiledService overdue = fixtures.service(org, "Service en retard unique");
    CompiledService soon = fixtures.service(org, "Service bientôt dû unique");
    CompiledService fresh = fixtures.service(org, "Service frais unique");
    verifiedMonthsAgo(overdue, 13, "curatrice-a@test.example");
    verifiedDaysAgo(soon, 365 - 10, "curatrice-b@test.example");

    StaffClient curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
    String page = curator.get("/staff/curation/verification?q=unique").body();

    assertThat(page)
        .contains("Service en retard unique", "Service bientôt dû unique")
        .doesNotContain("Service frais unique")
        .contains("curatrice-a@test.example", "curatrice-b@test.example");
    assertThat(fresh).isNotNull();
  }

  @Test
  void theContactConfirmsByTheOneTimeLinkWithoutAnAccount() throws Exception {
    Organization org = fixtures.organization("Vérif Confirmation", false);
    CompiledService service = fixtures.service(org, "Service à confirmer");
    verifiedMonthsAgo(service, 13, "quelqu-un");
    StaffClient curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
    curator.get("/staff/curation/verification");

    curator.post("/staff/curation/verification/demandes", "organization", org.id().toString());

    String link = linkIn(mailTo(org.privateContactEmail(), 1).get(0));
    StaffClient contact = new StaffClient(port);
    assertThat(contact.get(link).body()).contains("Service à confirmer", "Vérif Confirmation");
    contact.post(link + "/confirmer");
    assertThat(directory.service(service.service().id()).orElseThrow().service().lastVerifiedAt())
        .isAfter(java.time.Instant.now().minusSeconds(60));
    assertThat(contact.get(link).statusCode()).as("the link served once").isEqualTo(404);
  }

  @Test
  void aCorrectionFromTheLinkBecomesAPendingRevision() throws Exception {
    Organization org = fixtures.organization("Vérif Correction", false);
    CompiledService service = fixtures.service(org, "Service à corriger");
    StaffClient curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
    curator.get("/staff/curation/verification");
    curator.post("/staff/curation/verification/demandes", "organization", org.id().toString());
    String link = linkIn(mailTo(org.privateContactEmail(), 1).get(0));
    StaffClient contact = new StaffClient(port);
    String formPath = link + "/services/" + service.service().id();
    contact.get(formPath);

    contact.post(
        formPath,
        CurationFixtures.form(
            CurationFixtures.withName(ServiceDraft.of(service), "Service corrigé", null)));

    assertThat(
            jdbc.sql(
                    "SELECT submitted_by FROM curation.revision WHERE service_id = ? AND status = 'pending'")
                .param(service.service().id())
                .query(String.class)
                .single())
        .isEqualTo(org.privateContactEmail());
    assertThat(directory.service(service.service().id()).orElseThrow().service().name().fr())
        .isEqualTo("Service à corriger");
  }

  @Test
  void aReminderSendsANewLinkThatReplacesTheOldOne() throws Exception {
    Organization org = fixtures.organization("Vérif Rappel", false);
    fixtures.service(org, "Service à rappeler");
    StaffClient curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
    curator.get("/staff/curation/verification");
    curator.post("/staff/curation/verification/demandes", "organization", org.id().toString());
    String first = linkIn(mailTo(org.privateContactEmail(), 1).get(0));

    assertThat(requests.remind(Duration.ZERO, 2)).isPositive();

    List<MimeMessage> mails = mailTo(org.privateContactEmail(), 2);
    String second = linkIn(mails.get(1));
    assertThat(mails.get(1).getSubject()).startsWith("Rappel");
    assertThat(second).isNotEqualTo(first);
    assertThat(new StaffClient(port).get(first).statusCode()).isEqualTo(404);
    assertThat(new StaffClient(port).get(second).statusCode()).isEqualTo(200);
  }

  @Test
  void aServiceOverdueByMoreThanThreeMonthsIsMarkedOnItsPublicPage() {
    Organization org = fixtures.organization("Vérif Public", false);
    CompiledService old = fixtures.service(org, "Service ancien");
    CompiledService recent = fixtures.service(org, "Service récent");
    verifiedMonthsAgo(old, 16, "x");
    verifiedMonthsAgo(recent, 13, "x");

    assertThat(new StaffClient(port).get("/service/" + old.service().id()).body())
        .contains("Non vérifié depuis");
    assertThat(new StaffClient(port).get("/service/" + recent.service().id()).body())
        .doesNotContain("Non vérifié depuis");
    assertThat(new StaffClient(port).get("/service/" + old.service().id() + "?lang=en").body())
        .contains("Not verified since");
  }

  private void verifiedMonthsAgo(CompiledService s, int months, String by) {
    jdbc.sql(
            "UPDATE directory.service SET last_verified_at = now() - make_interval(months => ?),"
                + " last_verified_by = ? WHERE id = ?")
        .params(months, by, s.service().id())
        .update();
  }

  private void verifiedDaysAgo(CompiledService s, int days, String by) {
    jdbc.sql(
            "UPDATE directory.service SET last_verified_at = now() - make_interval(days => ?),"
                + " last_verified_by = ? WHERE id = ?")
        .params(days, by, s.service().id())
        .update();
  }

  private static String linkIn(MimeMessage mail) throws Exception {
    Matcher m = LINK.matcher(mail.getContent().toString());
    assertThat(m.find()).isTrue();
    return m.group(1);
  }

  private List<MimeMessage> mailTo(String email, int count) throws Exception {
    for (int i = 0; i < 50; i++) {
      List<MimeMessage> found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> PublicReportsIT.recipient(m).equalsIgnoreCase(email))
              .toList();
      if (found.size() >= count) {
        return found;
      }
      Thread.sleep(200);
    }
    throw new AssertionError("fewer than " + count + " mails to " + email);
  }
}
