package ca.repere.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import ca.repere.accounts.account.Accounts;
import ca.repere.shared.Lang;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A new administrator in real Chromium: enrols an authenticator by reading the key off the page,
 * notes the recovery codes, replaces the one-time password, signs out, signs in with a code, then
 * with a recovery code — every page passing axe-core.
 */
@RepereApplicationTest
class SecondFactorBrowserIT {

  private static final String PASSWORD = "trois castors construisent un barrage";

  @LocalServerPort int port;
  @Autowired Accounts accounts;

  @Test
  void enrolsTotpThenSignsInWithACodeAndWithARecoveryCode() {
    String email = "admin-" + UUID.randomUUID() + "@test.example";
    Accounts.Created created =
        accounts.create(email, "Alex Admin", Set.of(Role.ADMINISTRATOR), List.of(), Lang.FR);

    try (Browser browser = Browser.open(port)) {
      browser.go("/connexion");
      browser.assertAccessible();
      signIn(browser, email, created.oneTimePassword());

      browser.waitForText("Activer la vérification en deux étapes");
      browser.assertAccessible();
      String secret = browser.find("#totp-secret").getText().replace(" ", "");
      long enrolStep = AccountsFixtures.currentStep();
      submitCode(browser, AccountsFixtures.code(secret, enrolStep));

      browser.waitForText("Vos codes de récupération");
      browser.assertAccessible();
      List<String> recoveryCodes =
          browser.findAll(".recovery-codes code").stream().map(WebElement::getText).toList();
      assertThat(recoveryCodes).hasSize(10).doesNotHaveDuplicates();
      browser.find("form[action$='/connexion/continuer'] button").click();

      browser.waitForText("Choisir un nouveau mot de passe");
      browser.assertAccessible();
      browser.find("#password").sendKeys(PASSWORD);
      browser.find("#confirmation").sendKeys(PASSWORD);
      browser.find("form.stacked button").click();

      browser.waitForText("Bonjour Alex Admin");
      browser.assertAccessible();
      assertThat(browser.text())
          .contains("Connecté : Alex Admin", "Gérer les comptes du personnel");
      logOut(browser);

      signIn(browser, email, PASSWORD);
      browser.waitForText("Code de vérification");
      browser.assertAccessible();
      submitCode(browser, AccountsFixtures.code(secret, enrolStep + 1));
      browser.waitForText("Bonjour Alex Admin");
      logOut(browser);

      signIn(browser, email, PASSWORD);
      browser.waitForText("Code de vérification");
      submitCode(browser, "123456");
      browser.waitForText("Ce code n'est pas valide");
      submitCode(browser, recoveryCodes.get(0));
      browser.waitForText("Bonjour Alex Admin");
      browser.go("/admin/utilisateurs");
      browser.waitForText(email);
      browser.assertAccessible();
      logOut(browser);

      signIn(browser, email, PASSWORD);
      browser.waitForText("Code de vérification");
      submitCode(browser, recoveryCodes.get(0));
      browser.waitForText("Ce code n'est pas valide");
    }
  }

  private static void signIn(Browser browser, String email, String password) {
    browser.go("/connexion");
    browser.find("#email").sendKeys(email);
    browser.find("#password").sendKeys(password);
    browser.find("form.stacked button").click();
  }

  private static void submitCode(Browser browser, String code) {
    browser.await("#code").sendKeys(code);
    browser.find("form.stacked button").click();
  }

  private static void logOut(Browser browser) {
    browser.find(".staff-bar button").click();
    browser.waitForText("Vous êtes déconnecté.");
  }
}
