package ca.repere.lists;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import ca.repere.accounts.Role;
import ca.repere.accounts.account.Accounts;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepereApplicationTest
class ListPagesBrowserIT {

  @LocalServerPort int port;
  @Autowired ResourceLists lists;
  @Autowired Directory directory;
  @Autowired Accounts accounts;

  private static final String PASSWORD = "une longue phrase de passe pour les listes";

  @Test
  void theSharedListPageIsAccessibleInFrenchAndEnglish() {
    ListsFixtures fixtures = new ListsFixtures(directory);
    String name = "Popote roulante " + UUID.randomUUID().toString().substring(0, 8);
    CompiledService service = fixtures.service(name, "4, rue des Érables", false, "418 555-0909");
    ResourceList list =
        lists.create(
            LocalizedText.of("Aide alimentaire", "Food aid"),
            UUID.randomUUID(),
            Visibility.PUBLIC,
            null);
    lists.add(list.id(), service.service().id());
    lists.annotate(
        list.id(),
        service.service().id(),
        LocalizedText.of("Livraison le mardi", "Delivery on Tuesdays"));

    try (Browser browser = Browser.open(port)) {
      browser.go("/listes/" + list.shareToken() + "?lang=fr");
      assertThat(browser.find("h1").getText()).isEqualTo("Aide alimentaire");
      assertThat(browser.text())
          .contains(name, "4, rue des Érables", "418 555-0909", "Livraison le mardi");
      browser.assertAccessible();

      browser.go("/listes/" + list.shareToken() + "?lang=en");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
      assertThat(browser.find("h1").getText()).isEqualTo("Food aid");
      assertThat(browser.text()).contains(name + " (en)", "Delivery on Tuesdays");
      browser.assertAccessible();

      browser.go("/listes/" + list.shareToken() + "/widget");
      assertThat(browser.text()).contains(name + " (en)");
      browser.assertAccessible();

      for (String lang : List.of("fr", "en")) {
        for (String path :
            List.of(
                "/listes/" + list.shareToken() + "/imprimer",
                "/listes/" + list.shareToken() + "/widget",
                "/listes/abonnement?jeton=x",
                "/listes/desabonnement?jeton=x")) {
          browser.go(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
          assertThat(browser.find("html").getAttribute("lang")).as(path).isEqualTo(lang);
          browser.assertAccessible();
        }
      }
    }
  }

  @Test
  void theStaffListPagesAreAccessibleInFrenchAndEnglish() {
    String email = "partner-" + UUID.randomUUID() + "@test.example";
    UUID me =
        accounts.create(email, "Partner", Set.of(Role.PARTNER), List.of(), Lang.FR).account().id();
    accounts.choosePassword(me, PASSWORD);
    ListsFixtures fixtures = new ListsFixtures(directory);
    CompiledService service =
        fixtures.service(
            "Comptoir " + UUID.randomUUID().toString().substring(0, 8),
            "1, rue A",
            false,
            "418 555-9090");
    ResourceList list =
        lists.create(LocalizedText.of("Ma liste", "My list"), me, Visibility.LINK, null);
    lists.add(list.id(), service.service().id());

    try (Browser browser = Browser.open(port)) {
      browser.go("/connexion");
      browser.find("#email").sendKeys(email);
      browser.find("#password").sendKeys(PASSWORD);
      browser.find("form.stacked button").click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
          .until(d -> !d.getCurrentUrl().contains("/connexion"));
      for (String lang : List.of("fr", "en")) {
        browser.go("/staff/listes?lang=" + lang);
        assertThat(browser.text()).contains("Ma liste");
        browser.assertAccessible();
        browser.go("/staff/listes/" + list.id() + "?lang=" + lang);
        assertThat(browser.find("#embed").getAttribute("value"))
            .contains("/listes/" + list.shareToken() + "/widget.js");
        browser.assertAccessible();
      }
      // the page after preparing a text message, with its text to copy
      browser.go("/staff/listes/" + list.id() + "?lang=fr");
      browser.find("#send-phone").sendKeys("418 555-7070");
      browser.find("#send-phone").submit();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(15))
          .until(d -> !d.findElements(org.openqa.selenium.By.id("sms-text")).isEmpty());
      assertThat(browser.find("#sms-text").getAttribute("value")).contains("418 555-9090");
      browser.assertAccessible();
    }
  }
}
