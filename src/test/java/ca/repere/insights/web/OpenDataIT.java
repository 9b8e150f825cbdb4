package ca.repere.insights.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;

@RepereApplicationTest
class OpenDataIT {

  @LocalServerPort int port;
  final HttpClient http = HttpClient.newHttpClient();
  final ObjectMapper json = new ObjectMapper();

  @Test
  void regionsByYearCarryNamesCountsRatesAndTheLicence() throws Exception {
    JsonNode answer =
        json.readTree(
            get("/api/v1/insights/needs?territory=region&period=year&category=all").body());

    assertThat(answer.get("licence").asString()).contains("CC BY 4.0");
    JsonNode rows = answer.get("rows");
    assertThat(rows.size()).isEqualTo(17 * 3); // three complete years before the current one
    String lastYear =
        rows.get(rows.size() - 1).get("period").asString(); // a whole year of demo data
    JsonNode montreal = find(rows, "06", lastYear);
    assertThat(montreal.get("territory_name").asString()).isEqualTo("Montréal");
    assertThat(montreal.get("contacts").asLong()).isGreaterThan(1_000);
    assertThat(montreal.get("needs").asLong()).isGreaterThan(montreal.get("contacts").asLong());
    assertThat(montreal.get("unmet").asLong())
        .isPositive()
        .isLessThan(montreal.get("needs").asLong());
    assertThat(montreal.get("rate_per_10k").asDouble()).isPositive();
    assertThat(montreal.get("suppressed").asBoolean()).isFalse();
  }

  @Test
  void theCsvHasTheDocumentedColumnsAndEmptyCellsWhereSuppressed() throws Exception {
    HttpResponse<String> csv =
        get("/api/v1/insights/needs?territory=region&code=10&period=month&format=csv");

    assertThat(csv.statusCode()).isEqualTo(200);
    assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
    String[] lines = csv.body().split("\r\n");
    assertThat(lines[0])
        .isEqualTo(
            "period,territory_code,territory_name,category,contacts,needs,unmet,rate_per_10k,suppressed");
    assertThat(lines).hasSizeGreaterThan(20 * 30);
    assertThat(lines)
        .filteredOn(l -> l.endsWith(",true"))
        .isNotEmpty()
        .allMatch(
            l -> l.matches("\\d{4}-\\d{2},10,[^,]+,[A-Za-z]+,(\\d*),(\\d*),(\\d*),([\\d.]*),true"))
        .anyMatch(l -> l.matches(".*,[A-Za-z]+,,\\d*,\\d*,,true"));
    assertThat(lines)
        .filteredOn(l -> l.endsWith(",false"))
        .allMatch(l -> l.matches("\\d{4}-\\d{2},10,[^,]+,[A-Za-z]+,\\d+,\\d+,\\d+,[\\d.]+,false"));
  }

  @Test
  void noSuppressedMonthComesOutOfItsQuarterMinusTheOtherMonths() throws Exception {
    for (String region : List.of("10", "11", "09")) {
      Map<String, JsonNode> months =
          byPeriodAndCategory(rows("territory=region&code=" + region + "&period=month"));
      Map<String, JsonNode> quarters =
          byPeriodAndCategory(rows("territory=region&code=" + region + "&period=quarter"));
      assertThat(months.values()).anyMatch(r -> r.get("suppressed").asBoolean());
      for (Map.Entry<String, JsonNode> quarter : quarters.entrySet()) {
        String year = quarter.getKey().substring(0, 4);
        int q = quarter.getKey().charAt(6) - '0';
        String category = quarter.getKey().substring(quarter.getKey().indexOf('|'));
        for (String measure : List.of("contacts", "needs", "unmet")) {
          if (quarter.getValue().get(measure).isNull()) {
            continue;
          }
          int hidden = 0;
          for (int m = q * 3 - 2; m <= q * 3; m++) {
            JsonNode month = months.get(String.format("%s-%02d%s", year, m, category));
            hidden += month.get(measure).isNull() ? 1 : 0;
          }
          assertThat(hidden)
              .as(measure + " of " + quarter.getKey() + " in region " + region)
              .isNotEqualTo(1);
        }
      }
    }
  }

  @Test
  void noSuppressedCategoryComesOutOfAllNeedsMinusTheOtherCategories() throws Exception {
    Map<String, List<JsonNode>> byPeriod = new HashMap<>();
    for (JsonNode row : rows("territory=region&code=10&period=month")) {
      byPeriod.computeIfAbsent(row.get("period").asString(), p -> new ArrayList<>()).add(row);
    }
    for (List<JsonNode> rows : byPeriod.values()) {
      JsonNode all =
          rows.stream()
              .filter(r -> r.get("category").asString().equals("all"))
              .findFirst()
              .orElseThrow();
      for (String measure : List.of("needs", "unmet")) {
        if (!all.get(measure).isNull()) {
          long hidden = rows.stream().filter(r -> r != all && r.get(measure).isNull()).count();
          assertThat(hidden).as(measure + " " + all.get("period")).isNotEqualTo(1);
        }
      }
    }
  }

  @Test
  void badParametersAreRefusedWithAMessageInTheVisitorsLanguage() throws Exception {
    HttpResponse<String> french = get("/api/v1/insights/needs?territory=pays");
    assertThat(french.statusCode()).isEqualTo(400);
    assertThat(json.readTree(french.body()).get("error").asString())
        .contains("« territory »", "pays");

    HttpResponse<String> english =
        get("/api/v1/insights/needs?territory=region&from=2025-13&lang=en");
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(json.readTree(english.body()).get("error").asString())
        .isEqualTo("Parameter \"from\": \"2025-13\" is not a month in the YYYY-MM format.");

    assertThat(get("/api/v1/insights/needs?territory=municipality").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/insights/needs?territory=region&category=NOPE").statusCode())
        .isEqualTo(400);
    assertThat(get("/api/v1/insights/needs?territory=region&period=week").statusCode())
        .isEqualTo(400);
    assertThat(get("/api/v1/insights/needs?territory=region&format=xml").statusCode())
        .isEqualTo(400);
    assertThat(get("/api/v1/insights/needs?territory=region&from=2026-01&to=2025-01").statusCode())
        .isEqualTo(400);
  }

  @Test
  void thePublicPageExplainsTheApiAndTheLicenceInBothLanguages() throws Exception {
    assertThat(get("/donnees-ouvertes").body())
        .contains("Données ouvertes sur les besoins", "CC BY 4.0");
    assertThat(get("/donnees-ouvertes?lang=en").body()).contains("Open data on needs", "CC BY 4.0");
  }

  private JsonNode rows(String query) throws Exception {
    HttpResponse<String> response = get("/api/v1/insights/needs?" + query);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    return json.readTree(response.body()).get("rows");
  }

  private static Map<String, JsonNode> byPeriodAndCategory(JsonNode rows) {
    Map<String, JsonNode> map = new HashMap<>();
    rows.forEach(r -> map.put(r.get("period").asString() + "|" + r.get("category").asString(), r));
    return map;
  }

  private static JsonNode find(JsonNode rows, String code, String period) {
    for (JsonNode row : rows) {
      if (row.get("territory_code").asString().equals(code)
          && row.get("period").asString().equals(period)) {
        return row;
      }
    }
    throw new AssertionError("no row for " + code);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
