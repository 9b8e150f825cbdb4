package ca.repere.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.Role;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A specialist takes a phone call with the enhanced form in Chromium: the timer runs, two needs are
 * added by name with Enter, one referral is found by the search inside the form, one unmet need is
 * coded, a follow-up is planned and Ctrl+Enter saves. axe-core checks the form, the follow-ups page
 * and the team page in French and English.
 */
@RepereApplicationTest
class ContactWorkflowBrowserIT {

  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired ContactRecords records;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  @Test
  void aPhoneCallWithTwoNeedsOneReferralAndOneUnmetNeed() {
    AccountsFixtures fixtures = new AccountsFixtures(accounts, secondFactor);
    AccountsFixtures.Staff specialist = fixtures.staff(Role.SPECIALIST);
    try (Browser browser = Browser.open(port)) {
      signIn(browser, specialist);
      browser.go("/staff/contacts/nouveau");
      waitFor(browser, () -> browser.find("#call-timer").isDisplayed());
      String firstTick = browser.find("#call-timer").getText();
      waitFor(browser, () -> !browser.find("#call-timer").getText().equals(firstTick));
      browser.assertAccessible();

      String[] needs = twoNeedNames(browser);
      browser.find("#addNeed").sendKeys(needs[0], Keys.ENTER);
      browser.find("#addNeed").sendKeys(needs[1], Keys.ENTER);
      waitFor(browser, () -> browser.findAll("#needs input:checked").size() == 2);
      assertThat(browser.find("#need-status").getText()).contains("Besoin ajouté");
      assertThat(browser.driver().getCurrentUrl()).endsWith("/staff/contacts/nouveau");

      browser.find("#place").sendKeys("Montréal");
      browser.find("#searchText").sendKeys("aide", Keys.ENTER);
      waitForText(browser, "trouvé");
      assertThat(browser.findAll("#needs input:checked")).hasSize(2);
      browser.find("input[id^=result-]").sendKeys(Keys.SPACE);
      browser.find("#unmetNeed-0").sendKeys(Keys.ARROW_DOWN);
      browser.find("#unmetReason-0").sendKeys(Keys.ARROW_DOWN);
      String tomorrow = LocalDate.now(ZoneId.of("America/Toronto")).plusDays(1).toString();
      browser.script("arguments[0].value = arguments[1]", browser.find("#followUpOn"), tomorrow);
      browser.find("#followUpIdentity").sendKeys("Josée 418-555-0101");
      browser.find("#notes").sendKeys("Rappeler", Keys.chord(Keys.CONTROL, Keys.ENTER));

      waitForText(browser, "Contact enregistré.");
      String url = browser.driver().getCurrentUrl();
      UUID id = UUID.fromString(url.substring(url.lastIndexOf('/') + 1, url.indexOf('?')));
      assertThat(count("contact_need", id, "met")).isEqualTo(2);
      assertThat(count("contact_need", id, "not met")).isEqualTo(1);
      assertThat(count("contact_referral", id, "true")).isEqualTo(1);
      assertThat(
              jdbc.sql("select ended_at > started_at from contacts.contact where id = :id")
                  .param("id", id)
                  .query(Boolean.class)
                  .single())
          .as("the end is set at save")
          .isTrue();
      browser.assertAccessible();

      browser.go("/staff/contacts/suivis");
      waitForText(browser, "Mes suivis");
      assertThat(browser.findAll("#follow-ups a[href*='" + id + "']")).hasSize(1);
      browser.assertAccessible();
      browser.go("/staff/contacts/suivis?lang=en");
      waitForText(browser, "My follow-ups");
      browser.assertAccessible();
      browser.go("/staff/contacts/nouveau?lang=en");
      waitForText(browser, "New contact");
      assertThat(browser.text()).contains("Your recent referrals");
      browser.assertAccessible();
    }

    AccountsFixtures.Staff administrator = fixtures.staff(Role.ADMINISTRATOR);
    try (Browser browser = Browser.open(port)) {
      signIn(browser, administrator);
      browser.go("/staff/equipes");
      waitForText(browser, "Équipes");
      browser.assertAccessible();
      browser.go("/staff/equipes?lang=en");
      waitForText(browser, "Teams");
      browser.assertAccessible();
    }
  }

  /** The labels of two needs of different categories, as a specialist would type them. */
  private static String[] twoNeedNames(Browser browser) {
    var groups = browser.findAll("#needs fieldset.need-group");
    return new String[] {
      groups.get(1).findElement(org.openqa.selenium.By.cssSelector("label")).getText(),
      groups.get(2).findElement(org.openqa.selenium.By.cssSelector("label")).getText()
    };
  }

  private long count(String table, UUID id, String condition) {
    return jdbc.sql(
            "select count(*) from contacts." + table + " where contact_id = :id and " + condition)
        .param("id", id)
        .query(Long.class)
        .single();
  }

  private static void waitFor(Browser browser, java.util.function.BooleanSupplier condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> condition.getAsBoolean());
  }

  private static void waitForText(Browser browser, String expected) {
    waitFor(browser, () -> browser.text().contains(expected));
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
