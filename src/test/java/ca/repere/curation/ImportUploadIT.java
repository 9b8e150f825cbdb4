package ca.repere.curation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The administrators' HSDS upload: a dry run and its report first, then the confirmed import. */
@RepereApplicationTest
class ImportUploadIT {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern UPLOAD =
      Pattern.compile("name=\"upload\" value=\"([0-9a-f-]{36})\"");

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired JdbcClient jdbc;

  @Test
  void anAdministratorSeesTheDryRunReportThenConfirmsTheImport() throws Exception {
    AccountsFixtures fixtures = new AccountsFixtures(accounts, secondFactor);
    StaffClient admin = fixtures.signIn(fixtures.staff(Role.ADMINISTRATOR), port);
    String serviceId = UUID.randomUUID().toString();
    String json =
        """
        {"id": "%s", "name": "Atelier vélo solidaire", "description": "Réparation de vélos",
         "status": "active",
         "organization": {"id": "%s", "name": "Vélo Québec solidaire",
                          "description": "Un organisme communautaire"}}
        """
            .formatted(serviceId, UUID.randomUUID());

    HttpResponse<String> dryRun = upload(admin, "service.json", json);

    assertThat(dryRun.statusCode()).isEqualTo(200);
    assertThat(dryRun.body()).contains("Rapport de l&#39;essai", "Confirmer l&#39;importation");
    assertThat(count(serviceId)).isZero();
    Matcher upload = UPLOAD.matcher(dryRun.body());
    assertThat(upload.find()).isTrue();

    String done =
        admin.post("/admin/import/confirmer", "upload", upload.group(1), "dataLang", "fr").body();

    assertThat(done).contains("Importation terminée");
    assertThat(count(serviceId)).isEqualTo(1);
  }

  @Test
  void aBrokenFileIsReportedWithItsLineAndNothingCanBeConfirmed() throws Exception {
    AccountsFixtures fixtures = new AccountsFixtures(accounts, secondFactor);
    StaffClient admin = fixtures.signIn(fixtures.staff(Role.ADMINISTRATOR), port);

    HttpResponse<String> dryRun = upload(admin, "broken.ndjson", "{\"id\": \"pas un uuid\"\n{\n");

    assertThat(dryRun.body())
        .contains("Rien n&#39;a été importé", "broken.ndjson")
        .doesNotContain("confirm-import");
  }

  @Test
  void otherRolesCannotOpenTheImportPage() {
    AccountsFixtures fixtures = new AccountsFixtures(accounts, secondFactor);
    StaffClient curator = fixtures.signIn(fixtures.staff(Role.CURATOR), port);
    assertThat(curator.get("/admin/import").statusCode()).isEqualTo(403);
  }

  private long count(String serviceId) {
    return jdbc.sql("SELECT count(*) FROM directory.service WHERE id = ?::uuid")
        .param(serviceId)
        .query(Long.class)
        .single();
  }

  private HttpResponse<String> upload(StaffClient admin, String name, String content)
      throws Exception {
    Matcher csrf = CSRF.matcher(admin.get("/admin/import").body());
    assertThat(csrf.find()).isTrue();
    String boundary = "----repere" + UUID.randomUUID();
    String body =
        "--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"_csrf\"\r\n\r\n"
            + csrf.group(1)
            + "\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"dataLang\"\r\n\r\nfr\r\n--"
            + boundary
            + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
            + name
            + "\"\r\nContent-Type: application/json\r\n\r\n"
            + content
            + "\r\n--"
            + boundary
            + "--\r\n";
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/admin/import"))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .header("Cookie", "REPERE_SESSION=" + admin.sessionCookie())
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
