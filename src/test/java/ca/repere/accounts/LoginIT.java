package ca.repere.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.account.AccountException;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.account.PasswordPolicy;
import ca.repere.accounts.secondfactor.SecondFactor;
import java.net.http.HttpResponse;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepereApplicationTest
class LoginIT {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired PasswordPolicy policy;
  AccountsFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new AccountsFixtures(accounts, secondFactor);
  }

  @Test
  void theLoginPageIsBilingualAndCarriesACsrfToken() {
    StaffClient client = new StaffClient(port);
    assertThat(client.get("/connexion").body())
        .contains("Connexion du personnel", "name=\"_csrf\"", "autocomplete=\"current-password\"");
    assertThat(client.get("/connexion?lang=en").body()).contains("Staff sign-in");
  }

  @Test
  void aPartnerSignsInWithAPasswordAndReachesTheStaffHome() {
    AccountsFixtures.Staff partner = fixtures.staff(Role.PARTNER);
    StaffClient client = new StaffClient(port);
    client.get("/connexion");
    String before = client.sessionCookie();

    HttpResponse<String> login =
        client.post("/connexion", "email", partner.email(), "password", AccountsFixtures.PASSWORD);

    assertThat(login.statusCode()).isEqualTo(302);
    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/staff");
    assertThat(client.sessionCookie())
        .as("session fixation: a new session id")
        .isNotEqualTo(before);
    HttpResponse<String> home = client.get("/staff");
    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("Partenaire", "Se déconnecter");
  }

  @Test
  void aWrongPasswordIsRefusedWithTheSameMessageAsAnUnknownAccount() {
    AccountsFixtures.Staff partner = fixtures.staff(Role.PARTNER);
    StaffClient client = new StaffClient(port);

    HttpResponse<String> wrong =
        client.post("/connexion", "email", partner.email(), "password", "pas le bon mot de passe");
    HttpResponse<String> unknown =
        client.post("/connexion", "email", "nobody@test.example", "password", "n'importe lequel");

    assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/connexion?erreur");
    assertThat(unknown.headers().firstValue("Location").orElseThrow())
        .endsWith("/connexion?erreur");
    assertThat(client.get("/connexion?erreur").body())
        .contains("Courriel ou mot de passe incorrect.");
    assertThat(client.get("/staff").statusCode()).isEqualTo(302);
  }

  @Test
  void fiveFailuresLockTheAccountEvenAgainstTheRightPassword() {
    AccountsFixtures.Staff partner = fixtures.staff(Role.PARTNER);
    StaffClient client = new StaffClient(port);
    for (int i = 0; i < 4; i++) {
      client.post("/connexion", "email", partner.email(), "password", "mauvais essai " + i);
    }
    assertThat(
            client
                .post("/connexion", "email", partner.email(), "password", "mauvais essai 4")
                .headers()
                .firstValue("Location")
                .orElseThrow())
        .as("the fifth failure is still an ordinary failure: each attempt counts once")
        .endsWith("/connexion?erreur");

    HttpResponse<String> right =
        client.post("/connexion", "email", partner.email(), "password", AccountsFixtures.PASSWORD);

    assertThat(right.headers().firstValue("Location").orElseThrow()).endsWith("/connexion?bloque");
    assertThat(client.get("/connexion?bloque").body()).contains("Trop de tentatives");
    assertThat(client.get("/staff").statusCode()).isEqualTo(302);
  }

  @Test
  void aDisabledAccountCannotSignIn() {
    AccountsFixtures.Staff partner = fixtures.staff(Role.PARTNER);
    accounts.disable(partner.id());

    HttpResponse<String> login =
        new StaffClient(port)
            .post("/connexion", "email", partner.email(), "password", AccountsFixtures.PASSWORD);

    assertThat(login.headers().firstValue("Location").orElseThrow()).endsWith("/connexion?erreur");
  }

  @Test
  void aLoginWithoutCsrfTokenIsRefused() {
    AccountsFixtures.Staff partner = fixtures.staff(Role.PARTNER);

    HttpResponse<String> login =
        new StaffClient(port)
            .postRaw(
                "/connexion",
                Map.of("email", partner.email(), "password", AccountsFixtures.PASSWORD));

    assertThat(login.statusCode()).isEqualTo(403);
  }

  @Test
  void aOneTimePasswordMustBeReplacedByOneThePolicyAccepts() {
    Accounts.Created created =
        accounts.create(
            "nouveau-" + System.nanoTime() + "@test.example",
            "Nouvelle Personne",
            java.util.Set.of(Role.ANALYST),
            java.util.List.of("06"),
            ca.repere.shared.Lang.FR);
    StaffClient client = new StaffClient(port);

    HttpResponse<String> login =
        client.post(
            "/connexion",
            "email",
            created.account().email(),
            "password",
            created.oneTimePassword());
    assertThat(login.headers().firstValue("Location").orElseThrow())
        .endsWith("/connexion/mot-de-passe");
    assertThat(client.get("/staff").headers().firstValue("Location").orElseThrow())
        .as("roles are not granted before the new password")
        .endsWith("/connexion/mot-de-passe");
    client.get("/connexion/mot-de-passe");

    HttpResponse<String> tooShort =
        client.post("/connexion/mot-de-passe", "password", "court", "confirmation", "court");
    assertThat(tooShort.body()).contains("au moins 12 caractères");
    HttpResponse<String> common =
        client.post(
            "/connexion/mot-de-passe",
            "password",
            "motdepasse123",
            "confirmation",
            "motdepasse123");
    assertThat(common.body()).contains("trop courant");

    HttpResponse<String> accepted =
        client.post(
            "/connexion/mot-de-passe",
            "password",
            "le héron mange trois brioches",
            "confirmation",
            "le héron mange trois brioches");
    assertThat(accepted.headers().firstValue("Location").orElseThrow()).endsWith("/staff");
    assertThat(client.get("/staff").body()).contains("Analyste", "06");
  }

  @Test
  void thePasswordPolicyNamesTheRuleABadPasswordBreaks() {
    assertThatThrownBy(() -> policy.check("court", "a@b.ca", "A"))
        .isInstanceOf(AccountException.class)
        .hasMessage("accounts.password.too-short");
    assertThatThrownBy(() -> policy.check("password1234", "a@b.ca", "A"))
        .hasMessage("accounts.password.common");
    assertThatThrownBy(() -> policy.check("aaaaaaaaaaaaaaaa", "a@b.ca", "A"))
        .hasMessage("accounts.password.common");
    assertThatThrownBy(() -> policy.check("marie.tremblay et moi", "marie.tremblay@x.ca", "M"))
        .hasMessage("accounts.password.personal");
    policy.check("le héron mange trois brioches", "marie.tremblay@x.ca", "Marie Tremblay");
  }

  @Test
  void everyPageCarriesAStrictContentSecurityPolicyAndSecurityHeaders() {
    HttpResponse<String> home = new StaffClient(port).get("/");
    String csp = home.headers().firstValue("Content-Security-Policy").orElseThrow();

    assertThat(csp)
        .contains("default-src 'self'", "script-src 'self'", "object-src 'none'")
        .doesNotContain("unsafe-inline", "unsafe-eval");
    assertThat(csp).containsPattern("img-src 'self' https://");
    assertThat(home.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
    assertThat(home.headers().firstValue("Referrer-Policy")).contains("same-origin");
    assertThat(
            new StaffClient(port).get("/connexion").headers().firstValue("Content-Security-Policy"))
        .contains(csp);
  }
}
