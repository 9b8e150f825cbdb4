package ca.repere.lists;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.hsds.importing.HsdsSchemas;
import ca.repere.shared.LocalizedText;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RepereApplicationTest
class ListHsdsIT {

  @LocalServerPort int port;
  @Autowired ResourceLists lists;
  @Autowired Directory directory;
  @Autowired HsdsSchemas schemas;

  @Test
  void aListIsAnArrayOfValidHsdsServicesWithoutStaffOnlyData() throws Exception {
    ListsFixtures fixtures = new ListsFixtures(directory);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    CompiledService pantry =
        fixtures.service("Dépannage " + suffix, "2, rue du Quai", false, "418 555-3131");
    CompiledService shelter =
        fixtures.service("Refuge " + suffix, "13, chemin Discret", true, "418 555-3232");
    CompiledService gone =
        fixtures.service("Fermé " + suffix, "4, rue Close", false, "418 555-3333");
    ResourceList list =
        lists.create(LocalizedText.of("HSDS", "HSDS"), UUID.randomUUID(), Visibility.PUBLIC, null);
    for (CompiledService s : new CompiledService[] {pantry, shelter, gone}) {
      lists.add(list.id(), s.service().id());
    }
    directory.withdraw(gone.service().id(), "test");

    HttpResponse<String> response = get("/listes/" + list.shareToken() + "/hsds?lang=en");

    assertThat(response.headers().firstValue("Access-Control-Allow-Origin")).hasValue("*");
    JsonNode services = JsonMapper.builder().build().readTree(response.body());
    assertThat(services.isArray()).isTrue();
    assertThat(services.size()).isEqualTo(2);
    assertThat(services.get(0).get("id").asString()).isEqualTo(pantry.service().id().toString());
    assertThat(services.get(0).get("name").asString()).isEqualTo("Dépannage " + suffix + " (en)");
    assertThat(services.get(1).get("id").asString()).isEqualTo(shelter.service().id().toString());
    assertThat(schemas.available()).as("HSDS schemas in " + schemas.dir()).isTrue();
    for (JsonNode service : services) {
      assertThat(schemas.validate("service", service, Locale.ENGLISH)).isEmpty();
    }
    assertThat(response.body())
        .contains("418 555-3232", "2, rue du Quai")
        .doesNotContain("13, chemin Discret", "418 555-0999", gone.service().id().toString());
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }
}
