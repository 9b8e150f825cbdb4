package ca.repere.curation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Organization;
import ca.repere.site.reports.PublicReports;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** What people type is shown as text on every page that shows it, never run as markup. */
@RepereApplicationTest
class XssIT {

  static final String PAYLOAD = "<script>alert('x')</script><img src=x onerror=alert(1)>";

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired PublicReports reports;
  @Autowired JdbcClient jdbc;
  CurationFixtures fixtures;
  StaffClient curator;

  @BeforeEach
  void fixtures() {
    fixtures = new CurationFixtures(directory, accounts, secondFactor);
    curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
  }

  @Test
  void aRevisionsFreeTextIsEscapedInTheEditorsPagesTheDiffAndThePublicPage() {
    Organization org = fixtures.organization("Organisme XSS", false);
    CompiledService service = fixtures.service(org, "Service XSS");
    StaffClient editor = fixtures.signIn(fixtures.editorOf(org), port);
    editor.get("/staff/organisme");
    ServiceDraft hostile =
        new ServiceDraft(
            PAYLOAD + " nom",
            PAYLOAD + " name",
            PAYLOAD + " description",
            PAYLOAD + " en",
            PAYLOAD,
            "Montréal",
            "H2X 1Y4",
            null,
            null,
            null,
            "fr",
            PAYLOAD + " note",
            null,
            null);

    String refused =
        editor
            .post(
                "/staff/organisme/services/" + service.service().id(),
                CurationFixtures.form(CurationFixtures.withHours(hostile, PAYLOAD)))
            .body();
    assertEscaped(refused);
    editor.post(
        "/staff/organisme/services/" + service.service().id(), CurationFixtures.form(hostile));
    assertEscaped(editor.get("/staff/organisme").body());
    assertEscaped(editor.get("/staff/organisme/services/" + service.service().id()).body());

    UUID revision =
        jdbc.sql("SELECT id FROM curation.revision WHERE service_id = ?")
            .param(service.service().id())
            .query(UUID.class)
            .single();
    assertEscaped(curator.get("/staff/curation").body());
    String diff = curator.get("/staff/curation/revisions/" + revision).body();
    assertEscaped(diff);
    assertThat(diff)
        .contains(
            "&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;&lt;img src=x onerror=alert(1)&gt; description");

    curator.post("/staff/curation/revisions/" + revision + "/approuver");
    assertEscaped(new StaffClient(port).get("/service/" + service.service().id()).body());
    assertEscaped(
        new StaffClient(port).get("/service/" + service.service().id() + "?lang=en").body());
    assertEscaped(curator.get("/staff/curation/services/" + service.service().id()).body());
  }

  @Test
  void anAccessRequestsFieldsAreEscapedForTheCurator() {
    PublicClient visitor = new PublicClient(port);
    visitor.submit(
        "/organismes/acces",
        "/organismes/acces",
        10,
        "organizationName",
        PAYLOAD,
        "description",
        PAYLOAD,
        "address",
        PAYLOAD,
        "city",
        PAYLOAD,
        "postalCode",
        "H2X",
        "website",
        PAYLOAD,
        "requesterName",
        PAYLOAD,
        "requesterEmail",
        "xss-" + UUID.randomUUID() + "@test.example",
        "requesterRole",
        PAYLOAD);
    String refused =
        visitor
            .submit("/organismes/acces", "/organismes/acces", 10, "organizationName", PAYLOAD)
            .body();
    assertEscaped(refused);

    String workspace = curator.get("/staff/curation").body();
    assertEscaped(workspace);
    UUID id =
        jdbc.sql(
                "SELECT id FROM curation.access_request WHERE organization_name = ?"
                    + " ORDER BY received_at DESC LIMIT 1")
            .param(PAYLOAD)
            .query(UUID.class)
            .single();
    assertEscaped(curator.get("/staff/curation/acces/" + id).body());
  }

  @Test
  void publicReportsAreEscapedInTheCuratorsTasks() {
    PublicClient visitor = new PublicClient(port);
    visitor.submit(
        "/signaler",
        "/signaler",
        10,
        "organizationName",
        PAYLOAD,
        "municipality",
        PAYLOAD,
        "website",
        PAYLOAD,
        "phone",
        "418",
        "description",
        PAYLOAD,
        "email",
        "");
    CompiledService service = fixtures.service(fixtures.organization("Org XSS 2", false), "Svc");
    String page = "/service/" + service.service().id();
    visitor.submit(page, page + "/signaler", 10, "whatIsWrong", PAYLOAD, "email", "");

    assertEscaped(curator.get("/staff/curation").body());
    UUID missing =
        reports.openMissingOrganizations().stream()
            .filter(r -> r.organizationName().equals(PAYLOAD))
            .findFirst()
            .orElseThrow()
            .id();
    assertEscaped(curator.get("/staff/curation/taches/missing/" + missing).body());
    UUID error = reports.errorsAbout(service.service().id()).get(0).id();
    assertEscaped(curator.get("/staff/curation/taches/error/" + error).body());
  }

  @Test
  void aSynonymIsEscapedOnTheSynonymsPage() {
    curator.get("/staff/curation/synonymes");
    String refused =
        curator.post("/staff/curation/synonymes", "phrase", "xss", "codes", PAYLOAD).body();
    assertEscaped(refused);
    curator.post("/staff/curation/synonymes", "phrase", PAYLOAD, "codes", "ALIM");
    assertEscaped(curator.get("/staff/curation/synonymes").body());
  }

  /**
   * No payload as markup. A service page's JSON-LD holds the text as JSON, where it is inert as
   * long as nothing in it can close the script element.
   */
  @Test
  void aCategorysNamesAreEscapedForCuratorsAndSpecialists() {
    String code = "ALIM-X" + UUID.randomUUID().toString().replaceAll("[^a-f]", "").toUpperCase();
    code = code.substring(0, Math.min(code.length(), 14));
    assertEscaped(
        curator
            .post(
                "/staff/curation/taxonomie",
                "code",
                "pas un code",
                "parentCode",
                PAYLOAD,
                "nameFr",
                PAYLOAD,
                "nameEn",
                PAYLOAD)
            .body());
    curator.post(
        "/staff/curation/taxonomie",
        "code",
        code,
        "parentCode",
        "ALIM",
        "nameFr",
        PAYLOAD + " fr",
        "nameEn",
        PAYLOAD + " en");
    try {
      assertEscaped(curator.get("/staff/curation/taxonomie").body());
      assertEscaped(curator.get("/staff/curation/taxonomie/" + code).body());
      assertEscaped(curator.get("/staff/curation/synonymes").body());
      StaffClient specialist = fixtures.signIn(fixtures.staff.staff(Role.SPECIALIST), port);
      String form = specialist.get("/staff/contacts/nouveau").body();
      assertThat(form).contains(code);
      assertEscaped(form);
    } finally {
      curator.post("/staff/curation/taxonomie/" + code + "/retirer");
    }
  }

  static void assertEscaped(String html) {
    java.util.regex.Matcher jsonLd =
        java.util.regex.Pattern.compile("(?s)<script type=\"application/ld\\+json\">(.*?)</script>")
            .matcher(html);
    while (jsonLd.find()) {
      assertThat(jsonLd.group(1).toLowerCase(java.util.Locale.ROOT)).doesNotContain("</");
    }
    String markup = html.replaceAll("(?s)<script type=\"application/ld\\+json\">.*?</script>", "");
    assertThat(markup.toLowerCase(java.util.Locale.ROOT))
        .doesNotContain("<script>alert(")
        .doesNotContain("<img src=x")
        .doesNotContain("onerror=alert(1)>");
  }
}
