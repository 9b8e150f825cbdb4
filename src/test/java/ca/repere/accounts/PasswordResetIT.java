package ca.repere.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.URI;
import java.net.http.HttpResponse;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A real SMTP server (GreenMail, on the port of the shared test configuration) gets the mails. */
@RepereApplicationTest
class PasswordResetIT {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Pattern LINK =
      Pattern.compile("http://\\S+/connexion/nouveau-mot-de-passe\\?jeton=[A-Za-z0-9_-]+");
  private static final String NEW_PASSWORD = "la rivière coule vers le nord";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  AccountsFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new AccountsFixtures(accounts, secondFactor);
  }

  @Test
  void anUnknownRoleIsRefusedWithAMessageAndTheFormKeepsWhatWasTyped() {
    StaffClient admin = fixtures.signIn(fixtures.staff(Role.ADMINISTRATOR), port);
    admin.get("/admin/utilisateurs");

    HttpResponse<String> refused =
        admin.post(
            "/admin/utilisateurs",
            "email",
            "typo-" + System.nanoTime() + "@test.example",
            "name",
            "Rôle Mal Tapé",
            "role",
            "PARTNER",
            "role",
            "GARDIEN");

    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(refused.body()).contains("Rôle inconnu : « GARDIEN »", "Rôle Mal Tapé");
  }

  @Test
  void anAdministratorInvitesANewColleagueWhoChoosesTheirOwnPassword() throws Exception {
    StaffClient admin = fixtures.signIn(fixtures.staff(Role.ADMINISTRATOR), port);
    String email = "invitee-" + System.nanoTime() + "@test.example";
    admin.get("/admin/utilisateurs");

    HttpResponse<String> created =
        admin.post(
            "/admin/utilisateurs",
            "email",
            email,
            "name",
            "Nouvelle Collègue",
            "role",
            "PARTNER",
            "lang",
            "fr",
            "invite",
            "true");

    assertThat(created.statusCode()).isEqualTo(302);
    assertThat(admin.follow(created).body()).contains(email).doesNotContain("one-time-password");
    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage mail =
        java.util.Arrays.stream(smtp.getReceivedMessages())
            .filter(m -> recipient(m).equals(email))
            .findFirst()
            .orElseThrow();
    assertThat(mail.getSubject()).isEqualTo("Repère 211 : votre compte est prêt");
    String body = mail.getContent().toString();
    assertThat(body).contains("Bonjour Nouvelle Collègue", "sept jours");
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as(body).isTrue();
    String path =
        URI.create(link.group()).getRawPath() + "?" + URI.create(link.group()).getRawQuery();
    String token = path.substring(path.indexOf("jeton=") + 6);

    StaffClient invitee = new StaffClient(port);
    assertThat(invitee.get(path).statusCode()).isEqualTo(200);
    HttpResponse<String> chosen =
        invitee.post(
            "/connexion/nouveau-mot-de-passe",
            "token",
            token,
            "password",
            NEW_PASSWORD,
            "confirmation",
            NEW_PASSWORD);
    assertThat(chosen.statusCode()).isEqualTo(302);
    HttpResponse<String> signedIn =
        new StaffClient(port).post("/connexion", "email", email, "password", NEW_PASSWORD);
    assertThat(signedIn.headers().firstValue("Location").orElse("")).doesNotContain("erreur");
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void anEmailedLinkSetsANewPasswordOnceAndOnlyOnce() throws Exception {
    AccountsFixtures.Staff partner = fixtures.staff(Role.PARTNER);
    StaffClient client = new StaffClient(port);
    client.get("/connexion/oubli");

    HttpResponse<String> asked = client.post("/connexion/oubli", "email", partner.email());

    assertThat(asked.headers().firstValue("Location").orElseThrow())
        .endsWith("/connexion/oubli?envoye");
    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
    MimeMessage mail = smtp.getReceivedMessages()[0];
    assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(partner.email());
    assertThat(mail.getSubject()).isEqualTo("Repère 211 : choisir un nouveau mot de passe");
    String body = mail.getContent().toString();
    assertThat(body).contains("Bonjour", "dans l'heure");
    Matcher link = LINK.matcher(body);
    assertThat(link.find()).as(body).isTrue();
    String path =
        URI.create(link.group()).getRawPath() + "?" + URI.create(link.group()).getRawQuery();
    String token = path.substring(path.indexOf("jeton=") + 6);

    HttpResponse<String> form = client.get(path);
    assertThat(form.statusCode()).isEqualTo(200);
    HttpResponse<String> refused =
        client.post(
            "/connexion/nouveau-mot-de-passe",
            "token",
            token,
            "password",
            "azertyuiop123",
            "confirmation",
            "azertyuiop123");
    assertThat(refused.body()).contains("trop courant");
    HttpResponse<String> done =
        client.post(
            "/connexion/nouveau-mot-de-passe",
            "token",
            token,
            "password",
            NEW_PASSWORD,
            "confirmation",
            NEW_PASSWORD);
    assertThat(done.headers().firstValue("Location").orElseThrow())
        .endsWith("/connexion?reinitialise");

    HttpResponse<String> login =
        new StaffClient(port)
            .post("/connexion", "email", partner.email(), "password", NEW_PASSWORD);
    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/staff");
    HttpResponse<String> again = client.get(path);
    assertThat(again.headers().firstValue("Location").orElseThrow())
        .endsWith("/connexion/oubli?invalide");
  }

  @Test
  void anUnknownAddressGetsTheSameAnswerAndNoMail() throws Exception {
    StaffClient client = new StaffClient(port);

    HttpResponse<String> asked = client.post("/connexion/oubli", "email", "inconnu@test.example");

    assertThat(asked.headers().firstValue("Location").orElseThrow())
        .endsWith("/connexion/oubli?envoye");
    assertThat(smtp.waitForIncomingEmail(1_500, 1)).isFalse();
  }

  @Test
  void anEnglishSpeakerGetsTheMailInEnglish() throws Exception {
    String email = "english-" + System.nanoTime() + "@test.example";
    var created =
        accounts.create(
            email,
            "Pat",
            java.util.Set.of(Role.PARTNER),
            java.util.List.of(),
            ca.repere.shared.Lang.EN);
    accounts.choosePassword(created.account().id(), AccountsFixtures.PASSWORD);

    new StaffClient(port).post("/connexion/oubli", "email", email);

    assertThat(smtp.waitForIncomingEmail(10_000, 1)).isTrue();
    assertThat(smtp.getReceivedMessages()[0].getSubject())
        .isEqualTo("Repère 211: choose a new password");
  }
}
