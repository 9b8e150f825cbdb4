package ca.repere.lists;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.shared.LocalizedText;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepereApplicationTest
class ResourceListsIT {

  @LocalServerPort int port;
  @Autowired ResourceLists lists;
  @Autowired Directory directory;

  ListsFixtures fixtures;
  final HttpClient http = HttpClient.newHttpClient();

  @BeforeEach
  void fixtures() {
    fixtures = new ListsFixtures(directory);
  }

  @Test
  void aSharedListShowsTheServiceAsTheDirectoryHasItNow() {
    CompiledService service =
        fixtures.service(unique("Comptoir"), "12, rue du Port", false, "418 555-0101");
    ResourceList list = handMade(Visibility.LINK, service);

    assertThat(get("/listes/" + list.shareToken()).body())
        .contains(service.service().name().fr(), "12, rue du Port", "418 555-0101");

    fixtures.changePhone(service, "418 555-0202");

    String page = get("/listes/" + list.shareToken()).body();
    assertThat(page).contains("418 555-0202").doesNotContain("418 555-0101");
    for (String view : List.of("/csv", "/widget", "/imprimer", "/hsds")) {
      assertThat(get("/listes/" + list.shareToken() + view).body())
          .as(view)
          .contains("418 555-0202")
          .doesNotContain("418 555-0101");
    }
  }

  @Test
  void aWithdrawnServiceIsShownAsNoLongerOffered() {
    CompiledService service =
        fixtures.service(unique("Vestiaire"), "3, rue Principale", false, "418 555-0303");
    ResourceList list = handMade(Visibility.PUBLIC, service);
    lists.annotate(
        list.id(),
        service.service().id(),
        LocalizedText.of("Apporter une pièce d'identité", "Bring ID"));

    directory.withdraw(service.service().id(), "test");

    String french = get("/listes/" + list.shareToken()).body();
    assertThat(french)
        .contains("Ce service n’est plus offert.", "Apporter une pièce d&#39;identité")
        .doesNotContain(service.service().name().fr(), "418 555-0303");
    assertThat(get("/listes/" + list.shareToken() + "?lang=en").body())
        .contains("This service is no longer offered.", "Bring ID");
  }

  @Test
  void aConfidentialAddressAndIntakeLinesNeverAppearInAnyView() {
    CompiledService shelter =
        fixtures.service(unique("Hébergement"), "99, chemin Secret", true, "418 555-0404");
    ResourceList list = handMade(Visibility.LINK, shelter);

    for (String view : List.of("", "/imprimer", "/csv", "/widget", "/hsds")) {
      String body = get("/listes/" + list.shareToken() + view).body();
      assertThat(body)
          .as(view)
          .contains("418 555-0404")
          .doesNotContain("99, chemin Secret", "418 555-0999", "49.13");
    }
  }

  @Test
  void aPrivateListIsNotFoundForTheAnonymousPublic() {
    CompiledService service =
        fixtures.service(unique("Cuisine"), "5, rue Nord", false, "418 555-0505");
    ResourceList list = handMade(Visibility.PRIVATE, service);

    for (String view : List.of("", "/imprimer", "/csv", "/widget", "/pdf", "/hsds", "/widget.js")) {
      assertThat(get("/listes/" + list.shareToken() + view).statusCode()).as(view).isEqualTo(404);
    }
    assertThat(get("/listes/pas-un-jeton").statusCode()).isEqualTo(404);

    lists.describe(list.id(), list.title(), Visibility.LINK);
    assertThat(get("/listes/" + list.shareToken()).statusCode()).isEqualTo(200);
  }

  @Test
  void onlyTheWidgetMayBeFramedByOtherSites() {
    CompiledService service =
        fixtures.service(unique("Friperie"), "7, rue Sud", false, "418 555-0606");
    ResourceList list = handMade(Visibility.PUBLIC, service);

    HttpResponse<String> widget = get("/listes/" + list.shareToken() + "/widget");
    HttpResponse<String> page = get("/listes/" + list.shareToken());

    assertThat(widget.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors *");
    assertThat(page.headers().firstValue("Content-Security-Policy").orElseThrow())
        .contains("frame-ancestors 'self'");
  }

  @Test
  void itemsKeepTheOrderTheOwnerGaveThem() {
    CompiledService first = fixtures.service(unique("Premier"), "1, rue A", false, "418 555-0701");
    CompiledService second = fixtures.service(unique("Second"), "2, rue B", false, "418 555-0702");
    ResourceList list = handMade(Visibility.LINK, first, second);

    lists.move(list.id(), second.service().id(), -1);

    assertThat(lists.find(list.id()).orElseThrow().items())
        .extracting(ListItem::serviceId)
        .containsExactly(second.service().id(), first.service().id());
    String page = get("/listes/" + list.shareToken()).body();
    assertThat(page.indexOf(second.service().name().fr()))
        .isLessThan(page.indexOf(first.service().name().fr()));
  }

  @Test
  void aLivingListShowsTheCurrentResultsOfItsSearch() {
    String word =
        "zorglub" + UUID.randomUUID().toString().substring(0, 6).replaceAll("[0-9-]", "q");
    ResourceList list =
        lists.create(
            LocalizedText.of("Vivante", "Living"),
            UUID.randomUUID(),
            Visibility.LINK,
            new SavedSearch(word, null, List.of()));
    assertThat(lists.entries(list, ca.repere.shared.Lang.FR)).isEmpty();

    CompiledService service =
        fixtures.service("Atelier " + word, "8, rue Est", false, "418 555-0808");

    org.awaitility.Awaitility.await()
        .atMost(java.time.Duration.ofSeconds(20))
        .untilAsserted(
            () ->
                assertThat(
                        lists.entries(
                            lists.find(list.id()).orElseThrow(), ca.repere.shared.Lang.FR))
                    .extracting(ListEntry::serviceId)
                    .contains(service.service().id()));
  }

  private ResourceList handMade(Visibility visibility, CompiledService... services) {
    ResourceList list =
        lists.create(
            LocalizedText.of("Ressources", "Resources"), UUID.randomUUID(), visibility, null);
    for (CompiledService service : services) {
      lists.add(list.id(), service.service().id());
    }
    return lists.find(list.id()).orElseThrow();
  }

  private static String unique(String name) {
    return name + " " + UUID.randomUUID().toString().substring(0, 8);
  }

  private HttpResponse<String> get(String path) {
    try {
      return http.send(
          HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
          HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
