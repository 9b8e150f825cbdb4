package ca.repere.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.site.reports.PublicReports;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepereApplicationTest
class ServicePageIT {

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired PublicReports reports;

  SiteHttp http() {
    return new SiteHttp(port);
  }

  @Test
  void showsEveryFieldInFrenchWithTapToCallPhoneHoursAndDocuments() throws Exception {
    CompiledService food =
        SiteFixtures.foodBank(directory, "Dépannage du quartier", "Neighbourhood food aid");

    HttpResponse<String> page = http().get("/service/" + food.service().id());
    String text = SiteHttp.text(page);

    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(text)
        .contains("Dépannage du quartier", "Moisson Test Dépannage du quartier")
        .contains("Paniers d'épicerie pour les familles du quartier")
        .contains("href=\"tel:4185550100\"", "418 555-0100")
        .contains("Lundi au vendredi : de 9 h à 17 h")
        .contains("Preuve de résidence")
        .contains("français, anglais")
        .contains("12, boulevard Sainte-Anne Ouest, Sainte-Anne-des-Monts (Québec) G4V 1P3")
        .contains("Signaler une erreur");
  }

  @Test
  void inEnglishAFrenchOnlyDescriptionIsShownMarkedAsFrench() throws Exception {
    CompiledService food =
        SiteFixtures.foodBank(directory, "Comptoir Saint-Paul", "Saint-Paul pantry");

    String text = SiteHttp.text(http().get("/service/" + food.service().id() + "?lang=en"));

    assertThat(text)
        .contains("Saint-Paul pantry", "Monday to Friday: 9 a.m. to 5 p.m.", "Proof of address")
        .contains(
            "<span lang=\"fr\">Paniers d'épicerie pour les familles du quartier</span> <em class=\"fallback\">(in French only)</em>");
  }

  @Test
  void describesTheServiceForSearchEnginesWithSchemaOrg() throws Exception {
    CompiledService food = SiteFixtures.foodBank(directory, "Frigo partagé", "Shared fridge");

    String body = http().get("/service/" + food.service().id()).body();

    assertThat(body)
        .contains("<script type=\"application/ld+json\">")
        .contains("\"@context\":\"https://schema.org\"", "\"@type\":\"Service\"")
        .contains(
            "\"provider\":{\"@type\":\"Organization\",\"name\":\"Moisson Test Frigo partagé\"}");
  }

  @Test
  void aConfidentialShelterShowsItsPhoneButNeverItsAddressPointOrIntakeLine() throws Exception {
    CompiledService shelter = SiteFixtures.confidentialShelter(directory);

    String text = SiteHttp.text(http().get("/service/" + shelter.service().id()));

    assertThat(text)
        .contains("Hébergement d'urgence test", "418 555-0111", "Adresse confidentielle");
    assertThat(text)
        .doesNotContain(
            "Secrète", "G4X 9Z9", "48.8333", "-64.4833", "418 555-0999", "class=\"map\"");
  }

  @Test
  void withdrawnUnknownAndMalformedServicesAreNotFound() throws Exception {
    CompiledService food = SiteFixtures.foodBank(directory, "Ancien comptoir", "Old pantry");
    SiteFixtures.withdrawn(directory, food);

    assertThat(http().get("/service/" + food.service().id()).statusCode()).isEqualTo(404);
    assertThat(http().get("/service/" + UUID.randomUUID()).statusCode()).isEqualTo(404);
    assertThat(http().get("/service/pas-un-id").statusCode()).isEqualTo(404);
  }

  @Test
  void anErrorReportIsStoredAndAnEmptyOneIsRefusedNamingTheField() throws Exception {
    CompiledService food =
        SiteFixtures.foodBank(directory, "Cuisine collective", "Community kitchen");
    String path = "/service/" + food.service().id() + "/signaler";

    SiteHttp http = http();
    String page = "/service/" + food.service().id();
    HttpResponse<String> empty =
        http.submit(page, path, Map.of("whatIsWrong", "  ", "email", "pas-un-courriel"));
    assertThat(SiteHttp.text(empty))
        .contains("Décrivez ce qui est inexact ou manquant.", "Le courriel n'est pas valide");
    assertThat(reports.errorsAbout(food.service().id())).isEmpty();

    HttpResponse<String> sent =
        http.submit(page, path, Map.of("whatIsWrong", "Le numéro a changé", "email", ""));
    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(reports.errorsAbout(food.service().id()))
        .singleElement()
        .satisfies(r -> assertThat(r.whatIsWrong()).isEqualTo("Le numéro a changé"));
  }
}
