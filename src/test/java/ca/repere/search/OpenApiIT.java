package ca.repere.search;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepereApplicationTest
class OpenApiIT {

  @LocalServerPort int port;

  @Test
  void thePublicApisAreDescribedWithOpenApi() throws Exception {
    HttpResponse<String> docs =
        HttpClient.newHttpClient()
            .send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/v3/api-docs"))
                    .build(),
                HttpResponse.BodyHandlers.ofString());

    assertThat(docs.statusCode()).isEqualTo(200);
    assertThat(docs.body())
        .contains("\"openapi\":\"3.", "/api/v1/search", "/api/v1/suggest", "/hsds/services")
        .contains("\"near\"", "\"open_now\"", "\"radius_km\"", "Search the public directory")
        .doesNotContain("/staff/", "/admin/");
  }
}
