package ca.repere.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.Role;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.chat.ChatFixtures;
import ca.repere.chat.conversation.ChatHours;
import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.Specialists;
import java.time.Duration;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A citizen and a specialist, each in their own Chromium: the citizen sees their place in the
 * queue, the specialist accepts, they write (HTML stays text), the specialist shares a service as a
 * card and transfers the chat to a supervisor with a note, who closes it into a pre-filled contact
 * record. The widget and the console pass axe-core.
 */
@RepereApplicationTest
class ChatBrowserIT {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired Specialists specialists;
  @Autowired ChatHours hours;
  @Autowired Chats chats;
  @Autowired JdbcClient jdbc;

  @Test
  void aCitizenAndASpecialistChatFromQueueToContactRecord() {
    new ChatFixtures(jdbc, specialists, hours, chats).cleanFloor();
    AccountsFixtures accountsFixtures = new AccountsFixtures(accounts, secondFactor);
    AccountsFixtures.Staff specialist = accountsFixtures.staff(Role.SPECIALIST);
    AccountsFixtures.Staff supervisor = accountsFixtures.staff(Role.SUPERVISOR);
    specialists.enrol(supervisor.id(), "Superviseure Test", true);

    try (Browser citizen = Browser.open(port);
        Browser staff = Browser.open(port)) {
      citizen.go("/clavardage");
      citizen.assertAccessible();
      citizen.find("#chat-place").sendKeys("Montréal");
      citizen.find("#chat-consent").sendKeys(Keys.SPACE);
      citizen.find("#chat-start button[type=submit]").sendKeys(Keys.ENTER);
      waitFor(citizen, "position 1");
      citizen.assertAccessible();

      signIn(staff, specialist);
      staff.go("/staff/clavardage");
      waitUntil(staff, d -> staff.findAll("#queue-rows tr td").size() >= 4);
      staff.assertAccessible();
      staff.find("#available").click();
      staff.find("#availability button[type=submit]").click();
      waitFor(staff, "Enregistré.");
      staff.find("#accept").click();
      waitUntil(staff, d -> !staff.findAll(".chat-tab").isEmpty());
      waitFor(citizen, "Vous clavardez avec");

      citizen.find("#chat-text").sendKeys("<b>Bonjour</b> j'ai besoin d'aide", Keys.ENTER);
      waitFor(staff, "<b>Bonjour</b> j'ai besoin d'aide");
      assertThat(citizen.findAll("#chat-log b")).isEmpty();
      waitFor(citizen, "Reçu");

      staff
          .find(".chat-panel:not([hidden]) textarea[name=text]")
          .sendKeys("Je cherche pour vous.", Keys.ENTER);
      waitFor(citizen, "Je cherche pour vous.");
      staff.find(".chat-panel:not([hidden]) input[name=q]").sendKeys("aide", Keys.ENTER);
      waitUntil(staff, d -> !staff.findAll(".chat-panel:not([hidden]) button.share").isEmpty());
      staff.assertAccessible();
      staff.find(".chat-panel:not([hidden]) button.share").click();
      waitUntil(citizen, d -> !citizen.findAll("#chat-log .service-card").isEmpty());
      citizen.assertAccessible();

      staff
          .find(".chat-panel:not([hidden]) textarea[data-id=transfer-note]")
          .sendKeys("Besoin d'aide alimentaire à Montréal");
      String colleagues = ".chat-panel:not([hidden]) select[data-id=to] option";
      waitUntil(
          staff,
          d ->
              staff.findAll(colleagues).stream()
                  .anyMatch(o -> o.getText().startsWith("Superviseure Test")));
      staff.findAll(colleagues).stream()
          .filter(o -> o.getText().startsWith("Superviseure Test"))
          .findFirst()
          .orElseThrow()
          .click();
      staff.find(".chat-panel:not([hidden]) form.transfer button").click();
      waitUntil(staff, d -> staff.findAll(".chat-tab").isEmpty());
      waitFor(citizen, "transférée à Superviseure Test");
    }

    try (Browser boss = Browser.open(port)) {
      signIn(boss, supervisor);
      boss.go("/staff/clavardage");
      waitUntil(boss, d -> !boss.findAll(".chat-tab").isEmpty());
      waitFor(boss, "Besoin d'aide alimentaire à Montréal");
      waitFor(boss, "<b>Bonjour</b>");
      boss.assertAccessible();
      boss.find(".chat-panel:not([hidden]) button.close-chat").click();
      waitUntil(boss, d -> d.getCurrentUrl().contains("/staff/contacts/nouveau"));

      String url = boss.driver().getCurrentUrl();
      assertThat(url).contains("channel=chat", "started=", "ended=", "language=fr", "service=");
      assertThat(java.net.URLDecoder.decode(url, java.nio.charset.StandardCharsets.UTF_8))
          .contains("place=Montréal");
      boss.go("/staff/clavardage/supervision");
      waitFor(boss, "Supervision du clavardage");
      boss.assertAccessible();
    }
  }

  @Test
  void theWidgetOutsideOpeningHoursShowsTheHoursThe211LineAndTakesAMessage() {
    new ChatFixtures(jdbc, specialists, hours, chats).cleanFloor();
    hours.replace("MON-SUN 00:00-00:01", true);
    try (Browser citizen = Browser.open(port, "en")) {
      citizen.go("/clavardage/widget?lang=en");
      waitFor(citizen, "Chat is closed right now");
      assertThat(citizen.text()).contains("2-1-1", "Monday");
      citizen.assertAccessible();
      citizen.find("#offline-body").sendKeys("Please call me back about housing.");
      citizen.find("#offline-place").sendKeys("Zzyzxville-sur-Mer");
      citizen.find(".chat-closed button[type=submit]").click();
      waitFor(citizen, "We did not find");
      citizen.find("#offline-place").clear();
      citizen.find("#offline-place").sendKeys("Rimouski");
      citizen.find(".chat-closed button[type=submit]").click();
      waitFor(citizen, "your message was received");
    } finally {
      hours.replace("MON-SUN 00:00-24:00", false);
    }
  }

  private static void waitFor(Browser browser, String text) {
    waitUntil(browser, d -> browser.text().contains(text));
  }

  private static void waitUntil(Browser browser, Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .withMessage(() -> "the page shows:\n" + browser.text())
        .ignoring(StaleElementReferenceException.class)
        .ignoring(org.openqa.selenium.NoSuchElementException.class)
        .until(condition::apply);
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
    waitFor(browser, "Bonjour");
    assertThat(browser.driver().findElements(By.cssSelector("#code"))).isEmpty();
  }
}
