package ca.repere.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.Role;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A specialist records a phone call by keyboard only: a misspelt municipality is refused with a
 * field error, then two needs, one referral found by the search inside the form and one unmet need
 * are saved. The form passes axe-core in French and English.
 */
@RepereApplicationTest
class ContactFormBrowserIT {

  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void aPhoneCallIsRecordedByKeyboard() {
    AccountsFixtures.Staff specialist =
        new AccountsFixtures(accounts, secondFactor).staff(Role.SPECIALIST);
    try (Browser browser = Browser.open(port)) {
      signIn(browser, specialist);

      browser.go("/staff/contacts/nouveau");
      waitForText(browser, "Nouveau contact");
      assertThat(browser.focused().getAttribute("id")).isEqualTo("channel");
      browser.assertAccessible();

      browser.find("#place").sendKeys("Zzyzxville-sur-Mer");
      browser.findAll("#needs input[type=checkbox]").get(0).sendKeys(Keys.SPACE);
      browser.findAll("#needs input[type=checkbox]").get(1).sendKeys(Keys.SPACE);
      browser.find("button[value=save]").sendKeys(Keys.ENTER);
      waitForText(browser, "Rien n'a été enregistré");
      assertThat(browser.find("#place-error").getText()).contains("Zzyzxville-sur-Mer");
      assertThat(browser.find("#place").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.findAll("#needs input:checked")).hasSize(2);
      browser.assertAccessible();

      browser.find("#place").clear();
      browser.find("#place").sendKeys("Montréal");
      browser.find("#searchText").sendKeys("aide", Keys.ENTER);
      waitForText(browser, "trouvé");
      browser.find("input[id^=result-]").sendKeys(Keys.SPACE);
      browser.find("#unmetNeed-0").sendKeys(Keys.ARROW_DOWN);
      browser.find("#unmetReason-0").sendKeys(Keys.ARROW_DOWN);
      browser.find("button[value=save]").sendKeys(Keys.ENTER);

      waitForText(browser, "Contact enregistré.");
      assertThat(browser.text()).contains("non comblé", "Complet ou liste d'attente");
      assertThat(browser.findAll("a[href^='/service/']")).hasSize(1);
      browser.assertAccessible();
      assertThat(
              jdbc.sql("select count(*) from contacts.contact where specialist_id = :id")
                  .param("id", specialist.id())
                  .query(Long.class)
                  .single())
          .isEqualTo(1);

      browser.go("/staff/contacts/nouveau?lang=en");
      waitForText(browser, "New contact");
      browser.assertAccessible();
    }
  }

  /** Waits for a text while the page may be replaced (a submitted form). */
  private static void waitForText(Browser browser, String expected) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> browser.text().contains(expected));
  }

  private static void signIn(Browser browser, AccountsFixtures.Staff staff) {
    browser.go("/connexion");
    browser.find("#email").sendKeys(staff.email());
    browser.find("#password").sendKeys(AccountsFixtures.PASSWORD);
    browser.find("form.stacked button").click();
    browser
        .await("#code")
        .sendKeys(
            AccountsFixtures.code(
                staff.secret(),
                Math.max(AccountsFixtures.currentStep(), staff.enrolledAtStep() + 1)));
    browser.find("form.stacked button").click();
    waitForText(browser, "Bonjour");
  }
}
