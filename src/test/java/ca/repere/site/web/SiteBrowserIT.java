package ca.repere.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepereApplicationTest
class SiteBrowserIT {

  @LocalServerPort int port;
  @Autowired Directory directory;

  @Test
  void everyPublicPageIsAccessibleInFrenchAndEnglish() throws Exception {
    String word = ResultsPageIT.word();
    CompiledService food =
        SiteFixtures.foodBank(directory, "Halte-repas " + word, "Meal stop " + word);
    CompiledService shelter = SiteFixtures.confidentialShelter(directory);
    awaitIndexed(word);
    try (Browser browser = Browser.open(port)) {
      for (String lang : new String[] {"fr", "en"}) {
        for (String path :
            new String[] {
              "/",
              "/recherche",
              "/recherche?q=" + word,
              "/recherche?q=" + word + "&vue=impression",
              "/recherche?q=repas&ou=Sainte-Anne-des-Mons",
              "/signaler",
              "/clavardage",
              "/service/" + food.service().id(),
              "/service/" + shelter.service().id()
            }) {
          browser.go(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
          assertThat(browser.find("html").getAttribute("lang")).isEqualTo(lang);
          browser.assertAccessible();
        }
      }
    }
  }

  @Test
  void theMissingOrganizationFormShowsAccessibleErrorsNextToTheFields() {
    try (Browser browser = Browser.open(port)) {
      browser.go("/signaler");
      browser.find("button[type=submit]").click();
      browser.waitForText("Indiquez le nom de l'organisme.");
      assertThat(browser.find("#organizationName").getAttribute("aria-invalid")).isEqualTo("true");
      assertThat(browser.find("#organizationName").getAttribute("aria-describedby"))
          .isEqualTo("organizationName-error");
      browser.assertAccessible();
    }
  }

  @Test
  void theLanguageToggleSwitchesBothWaysAndIsRemembered() {
    try (Browser browser = Browser.open(port)) {
      browser.go("/signaler");
      browser.find("a[hreflang=en]").click();
      browser.waitForText("Report a missing organization");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");

      browser.go("/");
      assertThat(browser.text()).contains("What do you need?");

      browser.find("a[hreflang=fr]").click();
      browser.waitForText("De quoi avez-vous besoin?");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("fr");
    }
  }

  @Test
  void aKeyboardOnlySearchLeadsFromTheHomePageToAServicePage() throws Exception {
    String word = ResultsPageIT.word();
    CompiledService food = SiteFixtures.foodBank(directory, "Jardin " + word, "Garden " + word);
    awaitIndexed(word);
    try (Browser browser = Browser.open(port)) {
      browser.go("/");
      tabUntil(browser, "q");
      browser.focused().sendKeys(word);
      tabUntil(browser, "ou");
      browser.focused().sendKeys(Keys.ENTER);
      browser.waitForText("1 service trouvé");
      browser.assertAccessible();

      String href = "/service/" + food.service().id();
      for (int i = 0;
          i < 60 && !String.valueOf(browser.focused().getAttribute("href")).endsWith(href);
          i++) {
        browser.tab(1);
      }
      assertThat(browser.focused().getAttribute("href")).endsWith(href);
      browser.focused().sendKeys(Keys.ENTER);
      browser.waitForText("Lundi au vendredi : de 9 h à 17 h");
      assertThat(browser.find("h1").getText()).contains("Jardin " + word);
    }
  }

  @Test
  void withJavaScriptCheckingAFilterUpdatesTheResultsInPlace() throws Exception {
    String word = ResultsPageIT.word();
    SiteFixtures.foodBank(directory, "Marché " + word, "Market " + word);
    awaitIndexed(word);
    try (Browser browser = Browser.open(port)) {
      browser.go("/recherche?q=" + word);
      browser.script("document.body.dataset.marker = 'same-page'");
      browser.find("input[name=langue][value=fr]").click();
      new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
          .until(d -> d.getCurrentUrl().contains("langue=fr"));
      browser.waitForText("Marché " + word);
      assertThat(browser.script("return document.body.dataset.marker")).isEqualTo("same-page");
      assertThat(browser.find("input[name=langue][value=fr]").isSelected()).isTrue();
    }
  }

  private static void tabUntil(Browser browser, String id) {
    for (int i = 0; i < 30 && !id.equals(browser.focused().getAttribute("id")); i++) {
      browser.tab(1);
    }
    assertThat(browser.focused().getAttribute("id")).isEqualTo(id);
  }

  /** The index follows the directory within a second; waits for it over plain HTTP. */
  private void awaitIndexed(String word) throws Exception {
    SiteHttp http = new SiteHttp(port);
    for (int i = 0; i < 50 && !http.get("/recherche?q=" + word).body().contains("/service/"); i++) {
      Thread.sleep(100);
    }
  }
}
