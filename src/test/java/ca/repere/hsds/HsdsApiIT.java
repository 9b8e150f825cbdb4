package ca.repere.hsds;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.Directory;
import ca.repere.hsds.importing.HsdsSchemas;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;

@RepereApplicationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class HsdsApiIT {

  @LocalServerPort int port;
  @Autowired HsdsImport hsdsImport;
  @Autowired Directory directory;
  @Autowired HsdsSchemas schemas;
  @Autowired ca.repere.geography.Geography geography;

  HsdsTestData data;

  @BeforeAll
  void importAnOrganization() throws Exception {
    HsdsFixtures.hsdsDir();
    data = HsdsTestData.load(hsdsImport, directory, Files.createTempDirectory("hsds-api"), 7);
  }

  private HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private JsonNode json(String path) throws Exception {
    HttpResponse<String> response = get(path);
    assertThat(response.statusCode()).as(path).isEqualTo(200);
    return HsdsFixtures.JSON.readTree(response.body());
  }

  private void assertConforms(String schemaFile, JsonNode node) {
    assertThat(schemas.validateAgainst(schemaFile, node, Locale.ENGLISH))
        .as(schemaFile + " " + node.path("id"))
        .isEmpty();
  }

  /** The HSDS Page envelope, and every item against the schema of the list. */
  private void assertPage(JsonNode page, String itemSchema) {
    for (String field :
        List.of(
            "total_items",
            "total_pages",
            "page_number",
            "size",
            "first_page",
            "last_page",
            "empty",
            "contents")) {
      assertThat(page.has(field)).as(field).isTrue();
    }
    assertThat(page.get("size").asInt()).isEqualTo(page.get("contents").size());
    page.get("contents").forEach(item -> assertConforms(itemSchema, item));
  }

  @Test
  void theRootGivesTheVersionAndTheOpenApiDocument() throws Exception {
    JsonNode root = json("/hsds/");

    assertThat(root.get("version").stringValue()).isEqualTo("3.0");
    assertThat(root.get("openapi_url").stringValue()).endsWith("/hsds/openapi.json");
    assertThat(json("/hsds/openapi.json").get("openapi").stringValue()).startsWith("3.");
  }

  @Test
  void servicePagesConformOnTheFirstAMiddleAndTheLastPage() throws Exception {
    String list = "/hsds/services?organization_id=" + data.organizationId + "&per_page=2";
    JsonNode first = json(list + "&page=1");
    int pages = first.get("total_pages").asInt();

    assertThat(first.get("total_items").asInt()).isEqualTo(data.services.size());
    assertThat(pages).isEqualTo(4);
    for (int page : List.of(1, pages / 2 + 1, pages)) {
      JsonNode body = json(list + "&page=" + page);
      assertPage(body, "compiled/service_list.json");
      assertThat(body.get("first_page").asBoolean()).isEqualTo(page == 1);
      assertThat(body.get("last_page").asBoolean()).isEqualTo(page == pages);
    }
    assertThat(json(list + "&page=" + pages).get("size").asInt()).isEqualTo(1);
  }

  @Test
  void aFullServiceConformsAndCarriesTheOtherLanguageInExtensions() throws Exception {
    UUID id = data.services.get(1);
    JsonNode french = json("/hsds/services/" + id);
    JsonNode english = json("/hsds/services/" + id + "?lang=en");

    assertConforms("compiled/service.json", french);
    assertConforms("compiled/service.json", english);
    assertThat(french.get("name").stringValue()).isEqualTo("Service 1");
    assertThat(french.get("name_en").stringValue()).isEqualTo("Service 1 (EN)");
    assertThat(english.get("name").stringValue()).isEqualTo("Service 1 (EN)");
    assertThat(english.get("name_fr").stringValue()).isEqualTo("Service 1");
    JsonNode byHeader =
        HsdsFixtures.JSON.readTree(get("/hsds/services/" + id, "Accept-Language", "en").body());
    assertThat(byHeader.get("name").stringValue()).isEqualTo("Service 1 (EN)");
  }

  @Test
  void fullListsConformToTheCompiledServiceSchema() throws Exception {
    JsonNode page =
        json("/hsds/services?full=true&per_page=3&organization_id=" + data.organizationId);

    assertPage(page, "compiled/service.json");
    assertThat(page.at("/contents/0/service_at_locations")).isNotEmpty();
  }

  @Test
  void staffOnlyDataNeverLeaves() throws Exception {
    String one = get("/hsds/services/" + data.withStaffOnlyData).body();
    String all =
        get("/hsds/services?full=true&per_page=200&organization_id=" + data.organizationId).body();
    String organization = get("/hsds/organizations/" + data.organizationId).body();

    for (String body : List.of(one, all, organization)) {
      assertThat(body)
          .doesNotContain(HsdsTestData.SECRET_NOTE)
          .doesNotContain(HsdsTestData.INTAKE_LINE)
          .doesNotContain(HsdsTestData.SHELTER_STREET);
    }
    assertThat(one).contains("418 555-0100");
  }

  @Test
  void draftsAreNotPublished() throws Exception {
    assertThat(get("/hsds/services/" + data.draft).statusCode()).isEqualTo(404);
    assertThat(get("/hsds/services?per_page=200&organization_id=" + data.organizationId).body())
        .doesNotContain(data.draft.toString());
  }

  @Test
  void organizationsConform() throws Exception {
    assertPage(json("/hsds/organizations?per_page=5"), "compiled/organization_list.json");
    JsonNode organization = json("/hsds/organizations/" + data.organizationId);
    assertConforms("compiled/organization.json", organization);
    assertThat(organization.get("services")).hasSize(data.services.size());
  }

  @Test
  void taxonomiesAndTermsConform() throws Exception {
    JsonNode taxonomies = json("/hsds/taxonomies");
    assertPage(taxonomies, "taxonomy.json");
    JsonNode terms = json("/hsds/taxonomy_terms?per_page=20");
    assertPage(terms, "taxonomy_term.json");
    if (!terms.get("contents").isEmpty()) {
      String id = terms.at("/contents/0/id").stringValue();
      assertConforms("taxonomy_term.json", json("/hsds/taxonomy_terms/" + id));
    }
    if (!taxonomies.get("contents").isEmpty()) {
      String id = taxonomies.at("/contents/0/id").stringValue();
      assertConforms("taxonomy.json", json("/hsds/taxonomies/" + id));
    }
  }

  @Test
  void searchFindsServicesByName() throws Exception {
    JsonNode page =
        json("/hsds/services?search=service%203&organization_id=" + data.organizationId);

    assertThat(page.get("contents"))
        .extracting(n -> n.get("name").stringValue())
        .contains("Service 3");
  }

  @Test
  void unknownIdsAreNotFoundAsJson() throws Exception {
    for (String path :
        List.of(
            "/hsds/services/" + UUID.randomUUID(),
            "/hsds/organizations/" + UUID.randomUUID(),
            "/hsds/taxonomies/" + UUID.randomUUID(),
            "/hsds/taxonomy_terms/" + UUID.randomUUID(),
            "/hsds/service_at_locations/" + UUID.randomUUID())) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(404);
      assertThat(HsdsFixtures.JSON.readTree(response.body()).get("message").stringValue())
          .contains("Aucun enregistrement public");
      HttpResponse<String> fromABrowser = get(path, "Accept", "text/html");
      assertThat(fromABrowser.statusCode()).as(path + " asked as HTML").isEqualTo(404);
      assertThat(fromABrowser.headers().firstValue("Content-Type").orElseThrow())
          .startsWith("application/json");
    }
  }

  @Test
  void badParametersAreRejected() throws Exception {
    for (String path :
        List.of(
            "/hsds/services/not-a-uuid",
            "/hsds/services?page=0",
            "/hsds/services?per_page=100000",
            "/hsds/services?lang=de",
            "/hsds/services?modified_after=yesterday",
            "/hsds/services?organization_id=nope",
            "/hsds/services?format=xml",
            "/hsds/service_at_locations?proximity=1000",
            "/hsds/service_at_locations?postcode=G0E%201V0&proximity=far",
            "/hsds/service_at_locations?postcode=Z9Z%209Z9",
            "/hsds/service_at_locations?page=0",
            "/hsds/taxonomy_terms?parent_id=nope")) {
      HttpResponse<String> response = get(path);
      assertThat(response.statusCode()).as(path).isEqualTo(400);
      assertThat(response.body()).as(path).contains("\"message\"");
    }
  }

  @Test
  void modifiedAfterFiltersByLastChange() throws Exception {
    JsonNode future =
        json("/hsds/services?modified_after=2999-01-01&organization_id=" + data.organizationId);
    JsonNode past =
        json("/hsds/services?modified_after=2000-01-01&organization_id=" + data.organizationId);

    assertThat(future.get("total_items").asInt()).isZero();
    assertThat(past.get("total_items").asInt()).isEqualTo(data.services.size());
  }

  @Test
  void servicesAtLocationsConformOnTheFirstAMiddleAndTheLastPage() throws Exception {
    String list =
        "/hsds/service_at_locations?organization_id=" + data.organizationId + "&per_page=3";
    JsonNode first = json(list);
    int pages = first.get("total_pages").asInt();

    assertThat(first.get("total_items").asInt()).isEqualTo(data.services.size());
    for (int page : List.of(1, pages / 2 + 1, pages)) {
      assertPage(json(list + "&page=" + page), "compiled/service_at_location_list.json");
    }
    assertPage(json(list + "&full=true"), "compiled/service_at_location.json");
    String id = first.at("/contents/0/id").stringValue();
    JsonNode one = json("/hsds/service_at_locations/" + id + "?lang=en");
    assertConforms("compiled/service_at_location.json", one);
    assertThat(one.at("/service/name").stringValue()).endsWith("(EN)");
    assertThat(one.at("/location/name_fr").stringValue()).startsWith("Point de service");
  }

  @Test
  void servicesAtLocationsFilterByDistanceFromAPostcode() throws Exception {
    String postcode =
        List.of("G1R 1A1", "G0E 1V0", "G1R", "G0E").stream()
            .filter(p -> geography.tryResolve(p).map(ca.repere.geography.Place::point).isPresent())
            .findFirst()
            .orElseThrow(() -> new AssertionError("the geography resolves no test postcode"));
    double metres =
        geography.resolve(postcode).point().distanceKm(new ca.repere.shared.GeoPoint(46.81, -71.21))
            * 1000;
    String list =
        "/hsds/service_at_locations?per_page=50&organization_id="
            + data.organizationId
            + "&postcode="
            + postcode.replace(" ", "%20");

    JsonNode near = json(list + "&proximity=" + (long) (metres + 2000));
    JsonNode far = json(list + "&proximity=" + (long) Math.max(0, metres - 2000));
    JsonNode covering = json(list);

    // the confidential location (a shelter) never matches a distance
    assertThat(near.get("total_items").asInt()).isEqualTo(data.services.size() - 1);
    assertThat(far.get("total_items").asInt()).isZero();
    // their service areas are unknown names: coverage unknown, so not filtered out
    assertThat(covering.get("total_items").asInt()).isEqualTo(data.services.size());
  }

  @Test
  void ndjsonStreamsEveryServiceOneALine() throws Exception {
    HttpResponse<String> response =
        get("/hsds/services?format=ndjson&organization_id=" + data.organizationId);

    assertThat(response.statusCode()).isEqualTo(200);
    assertThat(response.headers().firstValue("Content-Type"))
        .hasValueSatisfying(t -> assertThat(t).startsWith("application/x-ndjson"));
    List<String> lines = response.body().lines().toList();
    assertThat(lines).hasSize(data.services.size());
    for (String line : lines) {
      assertConforms("compiled/service_list.json", HsdsFixtures.JSON.readTree(line));
    }
    assertThat(
            get("/hsds/service_at_locations?format=ndjson&organization_id=" + data.organizationId)
                .body()
                .lines())
        .hasSize(data.services.size());
  }

  @Test
  void minimalGivesIdsAndModificationTimesOnly() throws Exception {
    JsonNode page =
        json("/hsds/services?minimal=true&per_page=1000&organization_id=" + data.organizationId);

    assertThat(page.get("contents")).hasSize(data.services.size());
    page.get("contents")
        .forEach(
            item -> {
              assertThat(item.propertyNames()).containsExactlyInAnyOrder("id", "last_modified");
            });
  }

  @Test
  void taxonomyTermsFilterByTaxonomyParentAndTopLevel() throws Exception {
    JsonNode all = json("/hsds/taxonomy_terms?per_page=200");
    JsonNode top = json("/hsds/taxonomy_terms?per_page=200&top_only=true");

    assertThat(top.get("total_items").asInt()).isLessThanOrEqualTo(all.get("total_items").asInt());
    top.get("contents").forEach(t -> assertThat(t.has("parent_id")).isFalse());
    JsonNode child = null;
    for (JsonNode t : all.get("contents")) {
      if (t.has("parent_id")) {
        child = t;
        break;
      }
    }
    if (child != null) {
      JsonNode parent = child.get("parent_id");
      json("/hsds/taxonomy_terms?per_page=200&parent_id=" + parent.stringValue())
          .get("contents")
          .forEach(t -> assertThat(t.get("parent_id")).isEqualTo(parent));
      String taxonomy = child.get("taxonomy_id").stringValue();
      json("/hsds/taxonomy_terms?per_page=200&taxonomy_id=" + taxonomy)
          .get("contents")
          .forEach(t -> assertThat(t.get("taxonomy_id").stringValue()).isEqualTo(taxonomy));
    }
  }
}
