package ca.repere.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Random;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepereApplicationTest
class ResultsPageIT {

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired org.springframework.jdbc.core.simple.JdbcClient jdbc;

  SiteHttp http() {
    return new SiteHttp(port);
  }

  /** A made-up word no other record contains, so a search finds exactly our service. */
  static String word() {
    Random random = new Random();
    StringBuilder word = new StringBuilder("quen");
    for (int i = 0; i < 8; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  /** The index follows the directory within a second: wait until the page shows {@code text}. */
  String awaitPage(String path, String text) throws Exception {
    String page = "";
    for (int i = 0; i < 50 && !page.contains(text); i++) {
      page = SiteHttp.text(http().get(path));
      if (!page.contains(text)) {
        Thread.sleep(100);
      }
    }
    assertThat(page).contains(text);
    return page;
  }

  static String q(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }

  @Test
  void withoutAQueryThePageOffersTheCategories() throws Exception {
    String page = SiteHttp.text(http().get("/recherche"));

    assertThat(page)
        .contains("<form id=\"search-form\"", "method=\"get\"")
        .contains("href=\"/recherche?categorie=ALIM\"", "Aide alimentaire");
  }

  @Test
  void aTooLongQueryIsRefusedWithAMessage() throws Exception {
    HttpResponse<String> response = http().get("/recherche?q=" + "a".repeat(301));

    assertThat(response.statusCode()).isEqualTo(400);
    assertThat(SiteHttp.text(response))
        .contains("Votre recherche est trop longue : 300 caractères");
  }

  @Test
  void aResultShowsNameOrganizationAddressPhoneHoursAndLinksToTheServicePage() throws Exception {
    String word = word();
    CompiledService food = SiteFixtures.foodBank(directory, "Comptoir " + word, "Pantry " + word);

    String page = awaitPage("/recherche?q=" + word, "Comptoir " + word);

    assertThat(page)
        .contains("href=\"/service/" + food.service().id() + "\"")
        .contains("Moisson Test Comptoir " + word)
        .contains("12, boulevard Sainte-Anne Ouest, Sainte-Anne-des-Monts")
        .contains("href=\"tel:4185550100\"")
        .contains("français, anglais")
        .contains("1 service trouvé");
  }

  @Test
  void facetsAreCheckboxesWithCountsThatWorkWithoutJavaScript() throws Exception {
    String word = word();
    SiteFixtures.foodBank(directory, "Cuisine " + word, "Kitchen " + word);
    awaitPage("/recherche?q=" + word, "Cuisine " + word);

    String page = SiteHttp.text(http().get("/recherche?q=" + word));
    assertThat(page).contains("type=\"checkbox\"", "name=\"langue\"", "value=\"fr\"");

    String filtered = SiteHttp.text(http().get("/recherche?q=" + word + "&langue=fr"));
    assertThat(filtered).contains("Cuisine " + word).contains("checked=\"checked\"");
    String none = SiteHttp.text(http().get("/recherche?q=" + word + "&langue=ar"));
    assertThat(none).doesNotContain("Cuisine " + word);
  }

  @Test
  void aConfidentialShelterIsListedWithoutAddressOrMapPoint() throws Exception {
    String word = word();
    CompiledService shelter =
        SiteFixtures.confidentialShelter(directory, "Hébergement " + word, "Shelter " + word);

    String page = awaitPage("/recherche?q=" + word, "Hébergement " + word);

    assertThat(page).contains("href=\"/service/" + shelter.service().id() + "\"");
    assertThat(page).doesNotContain("Secrète", "48.8333", "418 555-0999");
  }

  @Test
  void anUnknownPlaceOffersDidYouMeanLinks() throws Exception {
    String page =
        SiteHttp.text(http().get("/recherche?q=nourriture&ou=" + q("Sainte-Anne-des-Mons")));

    assertThat(page).contains("Nous ne trouvons pas le lieu « Sainte-Anne-des-Mons »");
    assertThat(page).contains("Vouliez-vous dire", "ou=Sainte-Anne-des-Monts");
  }

  @Test
  void thePrintViewHasTheResultsWithoutFiltersOrMap() throws Exception {
    String word = word();
    SiteFixtures.foodBank(directory, "Friperie " + word, "Thrift " + word);
    awaitPage("/recherche?q=" + word, "Friperie " + word);

    String page = SiteHttp.text(http().get("/recherche?q=" + word + "&vue=impression"));

    assertThat(page).contains("Friperie " + word, "print-view").doesNotContain("class=\"facets");
  }

  @Test
  void suggestionsAreOptionsOfTheDatalist() throws Exception {
    String word = word();
    SiteFixtures.foodBank(directory, "Popote " + word, "Meals " + word);
    awaitPage("/recherche?q=" + word, "Popote " + word);

    String options =
        SiteHttp.text(http().get("/recherche/suggestions?q=Popote+" + word.substring(0, 6)));

    assertThat(options).contains("<option value=\"").contains(word);
  }

  @Test
  void regionOutlinesAreServedAsGeoJson() throws Exception {
    HttpResponse<String> regions = http().get("/carte/regions.geojson");

    assertThat(regions.statusCode()).isEqualTo(200);
    assertThat(regions.headers().firstValue("Content-Type").orElseThrow()).contains("geo+json");
    assertThat(regions.body()).contains("FeatureCollection");
  }

  @Test
  void subcategoryFacetsShowTheirNamesInThePersonsLanguage() throws Exception {
    String fr =
        SiteHttp.text(http().get("/recherche?q=" + q("banque alimentaire") + "&ou=Montréal"));
    String en =
        SiteHttp.text(
            http().get("/recherche?q=" + q("banque alimentaire") + "&ou=Montréal&lang=en"));

    assertThat(subcategoryLabel(fr, "ALIM-BANQ")).isEqualTo("Banques alimentaires et dépannage");
    assertThat(subcategoryLabel(en, "ALIM-BANQ")).isEqualTo("Food banks and emergency food");
  }

  /** The label of a subcategory checkbox, as the page shows it. */
  private static String subcategoryLabel(String page, String code) {
    var matcher =
        java.util.regex.Pattern.compile(
                "id=\"f-subcategory-" + code + "\"[^>]*>\\s*<span>([^<]*)</span>")
            .matcher(page);
    assertThat(matcher.find()).as("a subcategory checkbox for %s", code).isTrue();
    return org.springframework.web.util.HtmlUtils.htmlUnescape(matcher.group(1));
  }

  @Test
  void resultLinesAreReadFromTheIndexNotFromTheDatabasePerResult() throws Exception {
    String word = word();
    CompiledService food =
        SiteFixtures.foodBank(directory, "Garde-manger " + word, "Pantry " + word);
    awaitPage("/recherche?q=" + word, "Garde-manger " + word);
    UUID id = food.service().id();
    // behind the index's back (no change-log entry): only a database read would see this name
    jdbc.sql("UPDATE directory.service SET name_fr = ? WHERE id = ?")
        .params("Renommé " + word, id)
        .update();
    try {
      String page = SiteHttp.text(http().get("/recherche?q=" + word + "&ou=" + q("G4V 1P3")));
      assertThat(page)
          .contains("Garde-manger " + word)
          .doesNotContain("Renommé " + word)
          .contains("href=\"/service/" + id + "\"")
          .contains("Moisson Test Garde-manger " + word)
          .contains("12, boulevard Sainte-Anne Ouest, Sainte-Anne-des-Monts")
          .contains("href=\"tel:4185550100\"")
          .contains("français, anglais")
          .containsPattern("\\d+(,\\d)? km")
          .containsAnyOf("Ouvert maintenant", "Fermé — ouvre");
    } finally {
      jdbc.sql("UPDATE directory.service SET name_fr = ? WHERE id = ?")
          .params("Garde-manger " + word, id)
          .update();
    }
  }

  @Test
  void aPhoneLineForAllOfQuebecSaysSoAndIsOpenAroundTheClock() throws Exception {
    String word = word();
    SiteFixtures.provinceWideLine(directory, "Ligne d'écoute " + word, "Listening line " + word);

    String fr = awaitPage("/recherche?q=" + word + "&ou=Rimouski", "Ligne d'écoute " + word);
    assertThat(fr)
        .contains("Par téléphone, partout au Québec")
        .contains("href=\"tel:18665550142\"")
        .contains("Ouvert maintenant"); // 24/7, statutory holidays included
    String en = SiteHttp.text(http().get("/recherche?q=" + word + "&ou=Rimouski&lang=en"));
    assertThat(en).contains("Listening line " + word).contains("By phone, everywhere in Québec");
  }

  @Test
  void aConfidentialShelterShowsTheTerritoryItServesAndItsPhone() throws Exception {
    String word = word();
    CompiledService shelter =
        SiteFixtures.confidentialShelter(directory, "Refuge " + word, "Refuge " + word);
    String page = awaitPage("/recherche?q=" + word, "Refuge " + word);
    assertThat(page)
        .contains("href=\"/service/" + shelter.service().id() + "\"")
        .contains("Adresse confidentielle")
        .contains("href=\"tel:4185550111\"")
        .doesNotContain("99, rue Secrète", "48.8333", "418 555-0999");
  }
}
