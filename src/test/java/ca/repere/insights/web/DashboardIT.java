package ca.repere.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@RepereApplicationTest
class DashboardIT {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  final ObjectMapper json = new ObjectMapper();
  AccountsFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new AccountsFixtures(accounts, secondFactor);
  }

  @Test
  void anAnalystOfAMunicipalitySeesItItsMrcAndItsRegionButNothingElse() throws Exception {
    AccountsFixtures.Staff analyst = fixtures.staff(Role.ANALYST);
    accounts.setRoles(analyst.id(), Set.of(Role.ANALYST), List.of("03005"));
    StaffClient client = fixtures.signIn(analyst, port);

    assertThat(client.get("/staff/insights").body()).contains("Gaspé");
    for (String allowed : List.of("mun:03005", "mrc:030", "region:11")) {
      assertThat(client.get("/staff/insights/data?territory=" + allowed).statusCode())
          .as(allowed)
          .isEqualTo(200);
    }
    for (String denied : List.of("mun:03020", "mrc:040", "region:06", "qc")) {
      assertThat(client.get("/staff/insights/data?territory=" + denied).statusCode())
          .as(denied)
          .isEqualTo(403);
      assertThat(client.get("/staff/insights/export?territory=" + denied).statusCode())
          .as(denied)
          .isEqualTo(403);
    }
    assertThat(
            client.get("/staff/insights/data?territory=mun:03005&compare=region:06").statusCode())
        .isEqualTo(403);

    JsonNode data = json.readTree(client.get("/staff/insights/data?territory=region:11").body());
    for (JsonNode region : data.get("regions")) {
      assertThat(region.get("value").isNull())
          .as("region " + region.get("code"))
          .isEqualTo(!region.get("code").asString().equals("11"));
    }
  }

  @Test
  void aSupervisorSeesQuebecComparesTwoRegionsAndExportsTheTable() throws Exception {
    StaffClient client = fixtures.signIn(fixtures.staff(Role.SUPERVISOR), port);

    JsonNode data =
        json.readTree(
            client.get("/staff/insights/data?territory=region:06&compare=region:03").body());

    assertThat(data.get("territories").size()).isEqualTo(2);
    assertThat(data.get("overTime").get(0).size()).isEqualTo(data.get("months").size());
    assertThat(data.get("topNeeds").findValues("value")).anyMatch(v -> v.asLong() > 100);
    assertThat(data.get("channels").findValues("name").stream().map(JsonNode::asString))
        .contains("Téléphone");
    assertThat(data.get("unmetRate").asDouble()).isBetween(5.0, 40.0);
    assertThat(data.get("regions").size()).isEqualTo(17);
    assertThat(data.get("points").size()).isPositive();

    String csv = client.get("/staff/insights/export?territory=region:06&compare=region:03").body();
    assertThat(csv)
        .startsWith(
            "period,territory_code,territory_name,category,contacts,needs,unmet,rate_per_10k,suppressed");
    assertThat(csv).contains(",06,Montréal,all,", ",03,Capitale-Nationale,all,");
  }

  @Test
  void topNeedsDrillDownToSubCategoriesWithoutExposingASuppressedOne() throws Exception {
    StaffClient client = fixtures.signIn(fixtures.staff(Role.SUPERVISOR), port);

    JsonNode montreal =
        json.readTree(client.get("/staff/insights/data?territory=region:06&category=ALIM").body());
    assertThat(montreal.get("topNeedsCategory").asString()).isEqualTo("ALIM");
    assertThat(montreal.get("topNeeds").findValues("code").stream().map(JsonNode::asString))
        .contains("ALIM-BANQ", "ALIM-REPAS", "ALIM-*")
        .allMatch(code -> code.startsWith("ALIM-"));
    assertThat(montreal.get("topNeeds").findValues("name").stream().map(JsonNode::asString))
        .contains("Banques alimentaires et dépannage", "Aide alimentaire (non précisé)");
    assertThat(montreal.get("topNeeds").findValues("value")).anyMatch(v -> v.asLong() > 50);

    int suppressedSeen = 0;
    List<String> territories = new java.util.ArrayList<>();
    for (int region = 1; region <= 17; region++) {
      territories.add("region:%02d".formatted(region));
    }
    territories.addAll(List.of("mrc:030", "mrc:040", "mrc:100", "mun:03005", "mun:66023"));
    for (String territory : territories) {
      JsonNode categories =
          json.readTree(client.get("/staff/insights/data?territory=" + territory).body())
              .get("topNeeds");
      for (String category : List.of("ALIM", "LOG", "SANTM", "IMMI", "TRANSP")) {
        JsonNode data =
            json.readTree(
                client
                    .get("/staff/insights/data?territory=" + territory + "&category=" + category)
                    .body());
        JsonNode whole = valueOf(categories, category);
        Long total = whole.isNull() ? null : whole.asLong();
        long published = 0;
        int suppressed = 0;
        for (JsonNode part : data.get("topNeeds")) {
          if (part.get("value").isNull()) {
            suppressed++;
          } else {
            published += part.get("value").asLong();
          }
        }
        suppressedSeen += suppressed;
        String where = territory + " " + category;
        if (total != null) {
          // the category minus the published sub-categories must not give a suppressed one
          assertThat(suppressed).as(where + ": a lone suppressed sub-category").isNotEqualTo(1);
          if (suppressed == 0) {
            assertThat(published).as(where).isEqualTo(total);
          }
        }
      }
    }
    assertThat(suppressedSeen).as("small sub-categories exist in the demo data").isPositive();

    String page = client.get("/staff/insights?territory=region:06").body();
    assertThat(page).contains("category=ALIM", "Voir les sous-catégories");
    String drilled = client.get("/staff/insights?territory=region:06&category=ALIM").body();
    assertThat(drilled)
        .contains("Banques alimentaires et dépannage", "Revenir à toutes les catégories");
  }

  @Test
  void chatServiceLevelsOfTheDemoShowOnTheDashboard() {
    StaffClient client = fixtures.signIn(fixtures.staff(Role.SUPERVISOR), port);
    String page = client.get("/staff/insights?lang=en").body();

    assertThat(page).contains("Answered", "Abandoned").doesNotContain("No chat data yet");
    String service = page.substring(page.indexOf("Average wait"));
    assertThat(service.split("<tr>")).hasSizeGreaterThanOrEqualTo(13);
  }

  private static JsonNode valueOf(JsonNode parts, String code) {
    for (JsonNode part : parts) {
      if (part.get("code").asString().equals(code)) {
        return part.get("value");
      }
    }
    throw new AssertionError("No part " + code);
  }

  @Test
  void otherStaffRolesAreRefused() {
    StaffClient client = fixtures.signIn(fixtures.staff(Role.CURATOR), port);
    assertThat(client.get("/staff/insights").statusCode()).isEqualTo(403);
    assertThat(client.get("/staff/insights/data").statusCode()).isEqualTo(403);
  }

  @Test
  void theDashboardDrawsItsChartsUnderTheStrictPolicyAndPassesAxe() {
    AccountsFixtures.Staff supervisor = fixtures.staff(Role.SUPERVISOR);
    try (Browser browser = Browser.open(port)) {
      browser.go("/connexion");
      browser.find("#email").sendKeys(supervisor.email());
      browser.find("#password").sendKeys(AccountsFixtures.PASSWORD);
      browser.find("form.stacked button").click();
      browser
          .await("#code")
          .sendKeys(
              AccountsFixtures.code(
                  supervisor.secret(),
                  Math.max(AccountsFixtures.currentStep(), supervisor.enrolledAtStep() + 1)));
      browser.find("form.stacked button").click();
      browser.waitForText("Bonjour"); // signed in, before asking for the dashboard
      browser.go("/staff/insights?territory=region:11");

      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(
              d ->
                  d.findElements(By.cssSelector("#chart-map canvas")).size() > 0
                      && !d.findElement(By.id("unmet-rate")).getText().equals("—"));
      for (String chart :
          List.of("over-time", "top-needs", "reasons", "channels", "seasonality", "map")) {
        assertThat(browser.findAll("#chart-" + chart + " canvas")).as(chart).isNotEmpty();
      }
      assertThat(browser.find("#unmet-rate").getText()).endsWith("%");
      assertThat(browser.text()).contains("Portrait des besoins", "Gaspésie");
      browser.assertAccessible();

      org.openqa.selenium.WebElement drill = browser.find(".insights-top-needs a");
      String category = drill.getText();
      drill.sendKeys(org.openqa.selenium.Keys.ENTER);
      browser.waitForText("Revenir à toutes les catégories");
      new WebDriverWait(browser.driver(), Duration.ofSeconds(20))
          .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
          .until(d -> d.findElements(By.cssSelector("#chart-top-needs canvas")).size() > 0);
      assertThat(browser.text()).contains("Principaux besoins en « " + category + " »");
      assertThat(browser.findAll(".insights-top-needs tbody tr")).hasSizeGreaterThan(1);
      browser.assertAccessible();

      browser.go("/staff/insights?territory=region:11&lang=en");
      assertThat(browser.text()).contains("Portrait of needs", "Download as CSV");
      browser.assertAccessible();
    }
  }
}
