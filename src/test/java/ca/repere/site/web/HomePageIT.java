package ca.repere.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepereApplicationTest
class HomePageIT {

  @LocalServerPort int port;

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  @Test
  void theHomePageIsInFrenchByDefaultEvenForAnEnglishBrowser() throws Exception {
    HttpResponse<String> home = get("/", "Accept-Language", "en-US");

    assertThat(home.statusCode()).isEqualTo(200);
    assertThat(home.body()).contains("lang=\"fr\"", "De quoi avez-vous besoin?", "2-1-1");
  }

  @Test
  void theEnglishChoiceIsRememberedInACookie() throws Exception {
    HttpResponse<String> english = get("/?lang=en");
    String cookie = english.headers().firstValue("Set-Cookie").orElseThrow();

    assertThat(english.body()).contains("lang=\"en\"", "What do you need?");
    assertThat(cookie).contains("repere-lang=en");
    assertThat(get("/", "Cookie", cookie.split(";")[0]).body()).contains("What do you need?");
  }

  @Test
  void anUnknownPageSaysSoInThePersonsLanguage() throws Exception {
    HttpResponse<String> missing = get("/nulle-part", "Accept", "text/html");

    assertThat(missing.statusCode()).isEqualTo(404);
    assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(missing.body()))
        .contains("Cette page n'existe pas.");
  }

  @Test
  void healthIsUpWithTheDatabase() throws Exception {
    HttpResponse<String> health = get("/actuator/health");

    assertThat(health.statusCode()).isEqualTo(200);
    assertThat(health.body()).contains("\"db\"", "\"UP\"").doesNotContain("PostgreSQL");
  }
}
