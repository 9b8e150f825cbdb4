package ca.repere.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.shared.Lang;
import ca.repere.site.reports.MissingOrganizationReport;
import ca.repere.site.reports.PublicReports;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepereApplicationTest
class MissingOrganizationReportIT {

  @LocalServerPort int port;
  @Autowired PublicReports reports;

  SiteHttp http() {
    return new SiteHttp(port);
  }

  Map<String, String> form(String name, String description, String email) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("organizationName", name);
    fields.put("municipality", "Cap-Chat");
    fields.put("website", "https://cuisine-cap-chat.example");
    fields.put("phone", "418 555-0123");
    fields.put("description", description);
    fields.put("email", email);
    return fields;
  }

  @Test
  void theFormIsBilingualAndLabelsEveryField() throws Exception {
    String french = SiteHttp.text(http().get("/signaler"));
    String english = SiteHttp.text(http().get("/signaler?lang=en"));

    assertThat(french)
        .contains("Signaler un organisme manquant", "<label for=\"organizationName\">")
        .contains("<label for=\"description\">", "<label for=\"email\">");
    assertThat(english).contains("Report a missing organization", "What the organization does");
  }

  @Test
  void aReportIsKeptAsWrittenWithItsLanguage() throws Exception {
    String name = "Cuisine collective " + UUID.randomUUID();

    HttpResponse<String> sent =
        http()
            .submit(
                "/signaler?lang=en",
                "/signaler",
                form(name, "  Repas à 2 $ le mardi  ", "benevole@example.ca"));

    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(sent.headers().firstValue("Location").orElseThrow()).endsWith("/signaler/merci");
    assertThat(reports.missingOrganizations())
        .filteredOn(r -> r.organizationName().equals(name))
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.description()).isEqualTo("Repas à 2 $ le mardi");
              assertThat(r.municipality()).isEqualTo("Cap-Chat");
              assertThat(r.phone()).isEqualTo("418 555-0123");
              assertThat(r.reporterEmail()).isEqualTo("benevole@example.ca");
              assertThat(r.lang()).isEqualTo(Lang.EN);
            });
  }

  @Test
  void missingFieldsAndABadEmailAreNamedAndNothingIsStored() throws Exception {
    long before = reports.missingOrganizations().size();

    HttpResponse<String> refused =
        http().submit("/signaler", "/signaler", form(" ", "", "pas un courriel"));
    String text = SiteHttp.text(refused);

    assertThat(text)
        .contains("Le formulaire n'a pas été envoyé")
        .contains("Indiquez le nom de l'organisme.")
        .contains("Décrivez en quelques mots ce que fait l'organisme.")
        .contains("Le courriel n'est pas valide")
        .contains("aria-invalid=\"true\"")
        .contains("value=\"Cap-Chat\"");
    assertThat(reports.missingOrganizations()).hasSize((int) before);
  }

  @Test
  void aPostWithoutTheFormsTokenIsRefusedAndNotStored() throws Exception {
    long before = reports.missingOrganizations().size();

    HttpResponse<String> forged = http().postForm("/signaler", form("Forgé", "Forgé", ""));

    assertThat(forged.statusCode()).isEqualTo(403);
    assertThat(reports.missingOrganizations()).hasSize((int) before);
  }

  @Test
  void errorsAreInEnglishForAnEnglishReader() throws Exception {
    String text =
        SiteHttp.text(http().submit("/signaler?lang=en", "/signaler", form("", "Repas", "")));

    assertThat(text).contains("Enter the name of the organization.");
    assertThat(text).doesNotContain("Describe in a few words");
  }

  @Test
  void aTooLongDescriptionIsRefusedWithTheLimit() throws Exception {
    String text =
        SiteHttp.text(
            http().submit("/signaler", "/signaler", form("Un organisme", "x".repeat(4001), "")));

    assertThat(text).contains("Ce champ est trop long : 4000 caractères au maximum.");
    assertThat(reports.missingOrganizations())
        .extracting(MissingOrganizationReport::organizationName)
        .doesNotContain("Un organisme");
  }
}
