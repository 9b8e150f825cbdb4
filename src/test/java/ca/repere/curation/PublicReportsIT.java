package ca.repere.curation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.site.reports.MissingOrganizationReport;
import ca.repere.site.reports.PublicReports;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** Reports from the public: anti-spam, then a curator's task, then the outcome to the reporter. */
@RepereApplicationTest
class PublicReportsIT {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired PublicReports reports;
  CurationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new CurationFixtures(directory, accounts, secondFactor);
  }

  @Test
  void aMissingOrganizationReportBecomesATaskWhoseOutcomeIsMailedThenTheEmailErased()
      throws Exception {
    String name = "Frigo partagé " + UUID.randomUUID();
    String email = "voisin-" + UUID.randomUUID() + "@test.example";

    HttpResponse<String> sent = report(new PublicClient(port), name, email, 10, "");

    assertThat(sent.statusCode()).isEqualTo(302);
    MissingOrganizationReport stored = stored(name);
    StaffClient curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
    String task = "/staff/curation/taches/missing/" + stored.id();
    assertThat(curator.get("/staff/curation").body()).contains(name, task);
    assertThat(curator.get(task).body()).contains(name, "Rimouski", "recevra l&#39;issue");

    curator.post(task + "/fermer", "handled", "true", "note", "Ajouté au répertoire.");

    assertThat(curator.get("/staff/curation").body()).doesNotContain(name);
    MimeMessage mail = mailTo(email);
    assertThat(mail.getContent().toString()).contains(name, "Ajouté au répertoire.", "effacé");
    assertThat(reports.missingOrganization(stored.id()).orElseThrow().reporterEmail()).isNull();
  }

  @Test
  void aRobotFillingTheHoneypotIsThankedAndIgnored() {
    String name = "Robot " + UUID.randomUUID();

    HttpResponse<String> sent = report(new PublicClient(port), name, "", 10, "http://spam.example");

    assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/signaler/merci");
    assertThat(reports.missingOrganizations()).noneMatch(r -> r.organizationName().equals(name));
  }

  @Test
  void aFormSentFasterThanAPersonCouldFillItIsRefusedAndKeptForResending() {
    String name = "Trop vite " + UUID.randomUUID();

    HttpResponse<String> sent = report(new PublicClient(port), name, "", 0, "");

    assertThat(sent.statusCode()).isEqualTo(200);
    assertThat(sent.body()).contains("envoyé trop vite", name);
    assertThat(reports.missingOrganizations()).noneMatch(r -> r.organizationName().equals(name));
  }

  @Test
  void oneAddressMaySendOnlyAFewReportsPerPeriod() {
    PublicClient sameAddress = new PublicClient(port);
    for (int i = 0; i < 5; i++) {
      assertThat(
              report(sameAddress, "Organisme " + i + " " + UUID.randomUUID(), "", 10, "")
                  .statusCode())
          .isEqualTo(302);
    }

    HttpResponse<String> sixth = report(sameAddress, "Sixième " + UUID.randomUUID(), "", 10, "");

    assertThat(sixth.statusCode()).isEqualTo(429);
    assertThat(sixth.body()).contains("Trop de signalements");
    assertThat(
            report(new PublicClient(port), "Autre adresse " + UUID.randomUUID(), "", 10, "")
                .statusCode())
        .isEqualTo(302);
  }

  @Test
  void anErrorReportOnAServicePageBecomesATaskLinkingToTheService() {
    CompiledService service =
        fixtures.service(fixtures.organization("Popote roulante", false), "Repas livrés");
    String page = "/service/" + service.service().id();

    new PublicClient(port)
        .submit(page, page + "/signaler", 10, "whatIsWrong", "Le téléphone a changé", "email", "");

    UUID id = reports.errorsAbout(service.service().id()).get(0).id();
    StaffClient curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
    assertThat(curator.get("/staff/curation").body()).contains("Le téléphone a changé");
    assertThat(curator.get("/staff/curation/taches/error/" + id).body())
        .contains("/staff/curation/services/" + service.service().id());
  }

  private static HttpResponse<String> report(
      PublicClient client, String name, String email, int seconds, String honeypot) {
    return client.submit(
        "/signaler",
        "/signaler",
        seconds,
        "organizationName",
        name,
        "municipality",
        "Rimouski",
        "description",
        "Distribue des fruits et légumes",
        "email",
        email,
        "site_web_confirmation",
        honeypot);
  }

  private MissingOrganizationReport stored(String name) {
    return reports.missingOrganizations().stream()
        .filter(r -> r.organizationName().equals(name))
        .findFirst()
        .orElseThrow();
  }

  private MimeMessage mailTo(String email) throws Exception {
    for (int i = 0; i < 50; i++) {
      var found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> recipient(m).equalsIgnoreCase(email))
              .findFirst();
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no mail to " + email);
  }

  static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
