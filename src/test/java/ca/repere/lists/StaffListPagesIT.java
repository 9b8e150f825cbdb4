package ca.repere.lists;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.Role;
import ca.repere.accounts.account.Accounts;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.shared.Lang;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A partner builds a list through the staff pages, with the CSRF token their forms carry. */
@RepereApplicationTest
class StaffListPagesIT {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String PASSWORD = "une longue phrase de passe pour les listes";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Directory directory;
  @Autowired ResourceLists lists;

  final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  String csrf;

  @Test
  void aPartnerCreatesAListAndAddsAServiceById() {
    CompiledService service =
        new ListsFixtures(directory)
            .service("Halte " + UUID.randomUUID(), "6, rue Ouest", false, "418 555-1010");
    String email = "partner-" + UUID.randomUUID() + "@test.example";
    UUID me =
        accounts.create(email, "Partner", Set.of(Role.PARTNER), List.of(), Lang.FR).account().id();
    accounts.choosePassword(me, PASSWORD);
    get("/connexion");
    post("/connexion", "email", email, "password", PASSWORD);

    String page =
        post("/staff/listes", "titleFr", "Ma liste", "titleEn", "My list", "visibility", "link")
            .body();
    ResourceList list = lists.ownedBy(me).get(0);
    assertThat(page).contains("Ma liste");

    assertThat(post("/staff/listes/" + list.id() + "/ajouter", "serviceId", "pas-un-id").body())
        .contains("Aucun service ne porte l’identifiant « pas-un-id »");
    assertThat(
            post(
                    "/staff/listes/" + list.id() + "/ajouter",
                    "serviceId",
                    service.service().id().toString())
                .body())
        .contains(service.service().name().fr());
    assertThat(lists.find(list.id()).orElseThrow().items()).hasSize(1);
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** Posts a form with the last CSRF token read, following the redirect as a browser would. */
  private HttpResponse<String> post(String path, String... fields) {
    String body =
        Stream.concat(Stream.of(fields), Stream.of("_csrf", csrf))
            .map(f -> URLEncoder.encode(f, StandardCharsets.UTF_8))
            .collect(Collectors.collectingAndThen(Collectors.toList(), StaffListPagesIT::pairs));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    return response
        .headers()
        .firstValue("Location")
        .map(l -> get(URI.create(l).getPath()))
        .orElse(response);
  }

  private static String pairs(List<String> encoded) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < encoded.size(); i += 2) {
      out.append(i == 0 ? "" : "&").append(encoded.get(i)).append('=').append(encoded.get(i + 1));
    }
    return out.toString();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Matcher matcher = CSRF.matcher(response.body());
      if (matcher.find()) {
        csrf = matcher.group(1);
      }
      return response;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
