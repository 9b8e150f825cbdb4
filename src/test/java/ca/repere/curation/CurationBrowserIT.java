package ca.repere.curation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Organization;
import ca.repere.shared.Lang;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** What organizations, curators and the public do in a real browser, checked with axe-core. */
@RepereApplicationTest
class CurationBrowserIT {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired VerificationRequests verification;
  CurationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new CurationFixtures(directory, accounts, secondFactor);
  }

  @Test
  void aSelfServiceEditGoesThroughTheCuratorsApprovalToThePublicPage() {
    Organization org = fixtures.organization("Carrefour familial Hochelaga", false);
    CompiledService service = fixtures.service(org, "Halte-allaitement");
    try (Browser editor = Browser.open(port);
        Browser curator = Browser.open(port)) {
      signIn(editor, fixtures.editorOf(org));
      editor.go("/staff/organisme");
      accessibleInBothLanguages(editor, "/staff/organisme");
      editor.go("/staff/organisme");
      editor.driver().findElement(By.linkText("Halte-allaitement")).click();
      accessibleInBothLanguages(editor, "/staff/organisme/services/" + service.service().id());
      editor.go("/staff/organisme/services/" + service.service().id());
      editor.find("#nameFr").clear();
      editor.find("#nameFr").sendKeys("Halte-allaitement du mardi");
      editor.find("#submit-draft").click();
      editor.waitForText("attend la révision");
      editor.assertAccessible();

      signIn(curator, fixtures.staff.staff(Role.CURATOR));
      curator.go("/staff/curation");
      accessibleInBothLanguages(curator, "/staff/curation");
      curator.go("/staff/curation");
      curator.driver().findElement(By.linkText("Halte-allaitement du mardi")).click();
      curator.waitForText("Différences avec la version publiée");
      String diff = new java.net.URI(curator.driver().getCurrentUrl()).getPath();
      accessibleInBothLanguages(curator, diff);
      curator.go(diff);
      curator.find("#approve").click();
      curator.waitForText("approuvée et publiée");

      curator.go("/service/" + service.service().id());
      assertThat(curator.text()).contains("Halte-allaitement du mardi");
    } catch (java.net.URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void aContactVerifiesTheirRecordsByTheOneTimeLink() throws Exception {
    Organization org = fixtures.organization("Société Saint-Vincent de Paul Verdun", false);
    CompiledService service = fixtures.service(org, "Comptoir vestimentaire");
    verification.send(curator(), org.id(), Lang.FR);
    String link = linkTo(org.privateContactEmail());
    Instant before = Instant.now();
    try (Browser contact = Browser.open(port)) {
      accessibleInBothLanguages(contact, link);
      contact.go(link);
      assertThat(contact.text()).contains("Comptoir vestimentaire");
      contact.find("#confirm").click();
      contact.waitForText("Vos renseignements sont confirmés");
      contact.assertAccessible();
      contact.go(link);
      assertThat(contact.text()).doesNotContain("Comptoir vestimentaire");
    }
    assertThat(directory.service(service.service().id()).orElseThrow().service().lastVerifiedAt())
        .isAfter(before.minusSeconds(1));
  }

  @Test
  void aMissingOrganizationReportBecomesACuratorsTask() throws Exception {
    String name = "Jardin collectif " + UUID.randomUUID().toString().substring(0, 8);
    try (Browser visitor = Browser.open(port);
        Browser curator = Browser.open(port)) {
      accessibleInBothLanguages(visitor, "/organismes/acces");
      visitor.go("/signaler");
      visitor.find("#organizationName").sendKeys(name);
      visitor.find("#description").sendKeys("Parcelles à partager au printemps");
      Thread.sleep(3500); // a person takes a few seconds; faster forms are refused
      visitor.find("form.report-form button[type=submit]").click();
      visitor.waitForText("Merci");

      signIn(curator, fixtures.staff.staff(Role.CURATOR));
      curator.go("/staff/curation");
      curator.driver().findElement(By.linkText(name)).click();
      curator.waitForText("Signalement du public");
      assertThat(curator.text()).contains(name, "Parcelles");
      String task = new java.net.URI(curator.driver().getCurrentUrl()).getPath();
      accessibleInBothLanguages(curator, task);
      curator.go(task);
      curator.find("#close-task").click();
      curator.waitForText("Tâche fermée");
      assertThat(curator.text()).doesNotContain(name);
    }
  }

  @Test
  void aCuratorAddsAndRenamesACategoryByKeyboard() {
    String code = "ALIM-K" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
    code = code.substring(0, Math.min(code.length(), 14));
    try (Browser curator = Browser.open(port)) {
      signIn(curator, fixtures.staff.staff(Role.CURATOR));
      curator.go("/staff/curation");
      curator.driver().findElement(By.linkText("Taxonomie des besoins")).click();
      curator.waitForText("Ajouter une catégorie");
      accessibleInBothLanguages(curator, "/staff/curation/taxonomie");

      curator.await("#code").sendKeys(code);
      curator.tab(1);
      assertThat(curator.focused().getAttribute("id")).isEqualTo("parentCode");
      curator.focused().sendKeys("ALIM");
      curator.tab(1).focused().sendKeys("Frigos partagés");
      curator.tab(1).focused().sendKeys("Community fridges");
      curator.focused().sendKeys(Keys.ENTER);
      curator.waitForText("Catégorie ajoutée");
      curator.assertAccessible();
      assertThat(curator.text()).contains(code, "Frigos partagés", "Community fridges");

      curator.find("#term-" + code + " a").sendKeys(Keys.ENTER);
      curator.waitForText("Catégorie " + code);
      assertThat(curator.find("#parentCode").getAttribute("value")).isEqualTo("ALIM");
      accessibleInBothLanguages(curator, "/staff/curation/taxonomie/" + code);
      curator.find("#nameFr").clear();
      curator.find("#nameFr").sendKeys("Réfrigérateurs solidaires", Keys.ENTER);
      curator.waitForText("Catégorie modifiée");
      assertThat(curator.text())
          .contains("Réfrigérateurs solidaires")
          .doesNotContain("Frigos partagés");

      curator
          .driver()
          .findElement(By.linkText("Correspondances avec les taxonomies externes"))
          .click();
      curator.waitForText("BT-4500.6500-500");
      accessibleInBothLanguages(curator, "/staff/curation/taxonomie/correspondances");
    }
  }

  private static void accessibleInBothLanguages(Browser browser, String path) {
    for (String lang : List.of("fr", "en")) {
      browser.go(path + (path.contains("?") ? "&" : "?") + "lang=" + lang);
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo(lang);
      browser.assertAccessible();
    }
    browser.go(path + (path.contains("?") ? "&" : "?") + "lang=fr");
  }

  private static void signIn(Browser browser, AccountsFixtures.Staff staff) {
    browser.go("/connexion?lang=fr");
    browser.find("#email").sendKeys(staff.email());
    browser.find("#password").sendKeys(AccountsFixtures.PASSWORD);
    browser.find("form.stacked button").click();
    if (staff.secret() != null) {
      browser
          .await("#code")
          .sendKeys(
              AccountsFixtures.code(
                  staff.secret(),
                  Math.max(AccountsFixtures.currentStep(), staff.enrolledAtStep() + 1)));
      browser.find("form.stacked button").click();
    }
    new WebDriverWait(browser.driver(), Duration.ofSeconds(10))
        .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
        .until(d -> browser.text().contains("Bonjour"));
  }

  private CurrentUser curator() {
    AccountsFixtures.Staff staff = fixtures.staff.staff(Role.CURATOR);
    return new CurrentUser(
        staff.id(), staff.email(), "Curatrice", Set.of(Role.CURATOR), List.of(), null);
  }

  private String linkTo(String email) throws Exception {
    Pattern link = Pattern.compile("http://\\S+(/verification/[A-Za-z0-9_-]+)");
    for (int i = 0; i < 50; i++) {
      for (MimeMessage m : smtp.getReceivedMessages()) {
        if (PublicReportsIT.recipient(m).equalsIgnoreCase(email)) {
          Matcher found = link.matcher(m.getContent().toString());
          if (found.find()) {
            return found.group(1);
          }
        }
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no verification mail to " + email + Arrays.toString(new Object[0]));
  }
}
