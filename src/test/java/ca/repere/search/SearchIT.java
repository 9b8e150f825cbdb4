package ca.repere.search;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Lifecycle;
import ca.repere.directory.Schedule;
import ca.repere.directory.ServiceStatus;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.search.SearchFixtures.Spec;
import ca.repere.shared.Lang;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

@RepereApplicationTest
class SearchIT {

  /** Changes must be searchable within this delay (the design promises one second). */
  private static final long INDEX_DELAY_MS = 5000;

  // Mont-Saint-Pierre, Gaspésie: a quiet corner far from most demo services
  private static final double LAT = 49.2210;
  private static final double LON = -65.8080;
  private static final String HERE = LAT + "," + LON;

  @Autowired Search search;
  @Autowired Directory directory;
  @Autowired ca.repere.search.engine.SearchIndex index;
  @Autowired ca.repere.directory.ChangeLog changeLog;
  @LocalServerPort int port;

  SearchFixtures fixtures;
  TaxonomyTerm foodBanks;

  @BeforeEach
  void fixtures() {
    fixtures = new SearchFixtures(directory);
    search.search(SearchQuery.of("", "", Lang.FR)); // the index is open (built on first start)
    // the rebuild at start (a fresh test database) is not the one-second promise: let it finish
    long deadline = System.currentTimeMillis() + 180_000;
    while (index.sequence() < changeLog.last() && System.currentTimeMillis() < deadline) {
      sleep(200);
    }
    foodBanks = fixtures.term("ALIM-BANQ", "Banques alimentaires et dépannage", "Food banks");
  }

  @Test
  void findsAServiceWithoutAccentsWithTyposAndInEitherLanguage() {
    String word = SearchFixtures.uniqueWord();
    CompiledService service =
        fixtures.save(
            new Spec("Dépannage alimentaire " + word, "Emergency food " + word)
                .at(LAT, LON)
                .serving("qc"));
    UUID id = service.service().id();

    assertThat(ids(awaitHits("depannage " + word, Lang.FR, id))).contains(id);
    assertThat(ids(search.search(SearchQuery.of("dépanage alimentair " + word, "", Lang.FR))))
        .contains(id);
    assertThat(ids(search.search(SearchQuery.of("emergency " + word, "", Lang.FR)))).contains(id);
    assertThat(ids(search.search(SearchQuery.of("DÉPANNAGE " + word.toUpperCase(), "", Lang.EN))))
        .contains(id);
    String typo = word.substring(0, 5) + swap(word.charAt(5)) + word.substring(6);
    assertThat(ids(search.search(SearchQuery.of(typo, "", Lang.FR)))).contains(id);
  }

  @Test
  void understandsColloquialNeedsInFrenchAndEnglish() {
    String word = SearchFixtures.uniqueWord();
    CompiledService service =
        fixtures.save(
            new Spec("Comptoir " + word, "Pantry " + word)
                .at(LAT + 0.01, LON)
                .serving("qc")
                .in(foodBanks));
    awaitHits(word, Lang.FR, service.service().id());

    for (String need :
        List.of("j'ai faim", "jai faim", "de la bouffe", "I'm hungry", "food bank")) {
      SearchResults results = search.search(query(need, HERE, Lang.FR, Set.of(), null, 100, null));
      assertThat(results.interpretedNeeds()).as(need).contains("ALIM-BANQ");
      assertThat(ids(results)).as(need).contains(service.service().id());
    }
  }

  @Test
  void nearerServicesComeFirst() {
    String word = SearchFixtures.uniqueWord();
    UUID far =
        fixtures.save(new Spec("Aide " + word + " loin", null).at(LAT + 0.3, LON)).service().id();
    UUID near =
        fixtures.save(new Spec("Aide " + word + " près", null).at(LAT + 0.02, LON)).service().id();
    awaitHits(word, Lang.FR, far);
    awaitHits(word, Lang.FR, near);

    SearchResults results = search.search(query(word, HERE, Lang.FR, Set.of(), null, 20, null));
    assertThat(ids(results)).containsSubsequence(near, far);
    assertThat(results.hits().get(0).distanceKm()).isLessThan(3.0);
    SearchResults byDistance =
        search.search(
            new SearchQuery(
                word,
                HERE,
                Lang.FR,
                Set.of(),
                null,
                Set.of(),
                false,
                Set.of(),
                false,
                SearchQuery.Sort.DISTANCE,
                1,
                20));
    assertThat(ids(byDistance)).containsSubsequence(near, far);
  }

  @Test
  void aServiceServingThePlaceRanksAboveANearerOneThatDoesNot() {
    String word = SearchFixtures.uniqueWord();
    UUID serving =
        fixtures
            .save(new Spec("Ligne " + word, null).at(LAT + 1.0, LON).serving("qc"))
            .service()
            .id();
    UUID notServing =
        fixtures
            .save(
                new Spec("Ligne " + word + " voisine", null)
                    .at(LAT + 0.05, LON)
                    .serving("mun:00000"))
            .service()
            .id();
    awaitHits(word, Lang.FR, serving);
    awaitHits(word, Lang.FR, notServing);

    SearchResults results = search.search(query(word, HERE, Lang.FR, Set.of(), null, 20, null));
    assertThat(ids(results)).containsSubsequence(serving, notServing);
    assertThat(hit(results, serving).servesPlace()).isTrue();
    assertThat(hit(results, notServing).servesPlace()).isFalse();
  }

  @Test
  void aPlaceSpanningSeveralMunicipalitiesShowsServicesThatMayServeIt() {
    String word = SearchFixtures.uniqueWord();
    UUID town =
        fixtures
            .save(new Spec("Entraide " + word + " village", null).at(LAT, LON).serving("mun:04037"))
            .service()
            .id();
    UUID region =
        fixtures
            .save(
                new Spec("Entraide " + word + " région", null)
                    .at(LAT - 0.5, LON)
                    .serving("region:11"))
            .service()
            .id();
    awaitHits(word, Lang.FR, town);
    awaitHits(word, Lang.FR, region);

    SearchResults results =
        search.search(
            query(word, "Gaspésie–Îles-de-la-Madeleine", Lang.FR, Set.of(), null, 20, null));
    assertThat(results.place().type()).isEqualTo(ca.repere.geography.PlaceType.REGION);
    assertThat(ids(results)).containsExactly(region, town);
    assertThat(hit(results, region).servesPlace()).isTrue();
    assertThat(hit(results, town).servesPlace()).isFalse();
    assertThat(hit(results, town).mayServePlace()).isTrue();
  }

  @Test
  void filtersServicesOpenNowWithCountsOfTheWholeResultSet() {
    String word = SearchFixtures.uniqueWord();
    ZonedDateTime now = ZonedDateTime.now(ZoneId.of("America/Toronto"));
    String otherDay = now.plusDays(3).getDayOfWeek().name().substring(0, 2);
    UUID always =
        fixtures
            .save(
                new Spec("Écoute " + word + " jour et nuit", null)
                    .open(
                        Schedule.weekly(
                            null,
                            null,
                            null,
                            "MO,TU,WE,TH,FR,SA,SU",
                            LocalTime.MIDNIGHT,
                            LocalTime.of(23, 59)))
                    .speaking("fr", "en")
                    .free())
            .service()
            .id();
    UUID closed =
        fixtures
            .save(
                new Spec("Écoute " + word + " une heure", null)
                    .open(
                        Schedule.weekly(
                            null, null, null, otherDay, LocalTime.of(10, 0), LocalTime.of(11, 0))))
            .service()
            .id();
    awaitHits(word, Lang.FR, always);
    awaitHits(word, Lang.FR, closed);

    SearchResults all = search.search(query(word, "", Lang.FR, Set.of(), null, 20, null));
    assertThat(all.facets().get("open_now")).containsEntry("true", 1L).containsEntry("false", 1L);
    assertThat(all.facets().get("language")).containsEntry("en", 1L).containsEntry("fr", 2L);
    assertThat(all.facets().get("free")).containsEntry("true", 1L);
    SearchResults open = search.search(query(word, "", Lang.FR, Set.of(), now, 20, null));
    assertThat(ids(open)).containsExactly(always);
    SearchResults english =
        search.search(
            new SearchQuery(
                word,
                "",
                Lang.FR,
                Set.of(),
                null,
                Set.of("en"),
                true,
                Set.of(),
                false,
                SearchQuery.Sort.RELEVANCE,
                1,
                20));
    assertThat(ids(english)).containsExactly(always);
  }

  @Test
  void neverReturnsDraftWithdrawnInactiveOrExpiredServices() {
    String word = SearchFixtures.uniqueWord();
    UUID visible = fixtures.save(new Spec("Service " + word, null)).service().id();
    fixtures.save(new Spec("Brouillon " + word, null).lifecycle(Lifecycle.DRAFT));
    fixtures.save(new Spec("Retiré " + word, null).lifecycle(Lifecycle.WITHDRAWN));
    fixtures.save(new Spec("Inactif " + word, null).status(ServiceStatus.INACTIVE));
    fixtures.save(new Spec("Projet fini " + word, null).endingOn(LocalDate.now().minusDays(2)));
    UUID withdrawnLater = fixtures.save(new Spec("Bientôt retiré " + word, null)).service().id();
    awaitHits(word, Lang.FR, visible);
    awaitHits(word, Lang.FR, withdrawnLater);

    directory.withdraw(withdrawnLater, "search-test");

    awaitUntil(word, r -> !ids(r).contains(withdrawnLater));
    assertThat(ids(search.search(SearchQuery.of(word, "", Lang.FR)))).containsExactly(visible);
  }

  @Test
  void aChangeIsSearchableWithinSeconds() {
    String word = SearchFixtures.uniqueWord();
    String renamed = SearchFixtures.uniqueWord();
    CompiledService service = fixtures.save(new Spec("Friperie " + word, null));
    awaitHits(word, Lang.FR, service.service().id());

    CompiledService current = directory.service(service.service().id()).orElseThrow();
    directory.save(
        current.withService(
            ca.repere.directory.CommunityService.named(
                    current.service().id(),
                    current.organization().id(),
                    ca.repere.shared.LocalizedText.of("Friperie " + renamed, null))
                .withStatus(ServiceStatus.ACTIVE)),
        "search-test");

    awaitHits(renamed, Lang.FR, service.service().id());
    assertThat(search.search(SearchQuery.of(word, "", Lang.FR)).total()).isZero();
  }

  @Test
  void widensTheAreaThenTheWordsRatherThanFindNothing() {
    String word = SearchFixtures.uniqueWord();
    UUID far = fixtures.save(new Spec("Cuisine " + word, null).at(LAT - 3, LON - 5)).service().id();
    awaitHits(word, Lang.FR, far);

    SearchResults wider = search.search(query(word, HERE, Lang.FR, Set.of(), null, 20, null));
    assertThat(ids(wider)).containsExactly(far);
    assertThat(wider.relaxations()).containsExactly("area");

    SearchResults fuzzier = search.search(SearchQuery.of(word + " qwxzjkvbn", "", Lang.FR));
    assertThat(ids(fuzzier)).contains(far);
    assertThat(fuzzier.relaxations()).contains("fuzzy");

    SearchResults asked = search.search(SearchQuery.of(word, "", Lang.FR));
    assertThat(asked.relaxations()).isEmpty();
  }

  @Test
  void confidentialLocationsShowNoPoint() throws Exception {
    String word = SearchFixtures.uniqueWord();
    UUID shelter =
        fixtures
            .save(new Spec("Maison " + word, null).at(LAT, LON).confidential().serving("qc"))
            .service()
            .id();
    awaitHits(word, Lang.FR, shelter);

    assertThat(search.search(SearchQuery.of(word, "", Lang.FR)).hits().get(0).point()).isNull();
    JsonNode json = json(get("/api/v1/search?q=" + word).body());
    assertThat(json.get("results").get(0).get("address").isNull()).isTrue();
    assertThat(json.get("results").get(0).get("point").isNull()).isTrue();
    assertThat(json.get("results").get(0).get("confidential_address").asBoolean()).isTrue();
    assertThat(json.toString()).doesNotContain("418 555-0199", "note interne");
  }

  @Test
  void theApiReturnsDisplayFieldsFacetsAndSuggestions() throws Exception {
    String word = SearchFixtures.uniqueWord();
    UUID id =
        fixtures
            .save(
                new Spec("Banque " + word, "Food bank " + word)
                    .at(LAT, LON)
                    .serving("qc")
                    .in(foodBanks)
                    .free())
            .service()
            .id();
    awaitHits(word, Lang.FR, id);

    HttpResponse<String> response = get("/api/v1/search?lang=en&q=" + word + "&where=" + enc(HERE));
    assertThat(response.statusCode()).isEqualTo(200);
    JsonNode json = json(response.body());
    JsonNode first = json.get("results").get(0);
    assertThat(json.get("total").asLong()).isEqualTo(1);
    assertThat(first.get("service_id").asText()).isEqualTo(id.toString());
    assertThat(first.get("name").asText()).isEqualTo("Food bank " + word);
    assertThat(first.get("organization").get("name").asText()).isEqualTo("Organisme d'essai");
    assertThat(first.get("distance_km").asDouble()).isLessThan(1.0);
    assertThat(first.get("serves_location").asBoolean()).isTrue();
    assertThat(first.get("address").asText()).contains("rue Principale");
    assertThat(first.get("phones").toString()).contains("418 555-0100").doesNotContain("0199");
    assertThat(first.get("free").asBoolean()).isTrue();
    assertThat(first.get("eligibility").asText()).isEqualTo("For everyone");
    assertThat(json.get("facets").get("free").get("true").asLong()).isEqualTo(1);
    assertThat(json.get("near").get("latitude").asDouble()).isEqualTo(LAT);
    // the wait for a turn and the engine's own time, apart (bench/search reads the latter)
    assertThat(response.headers().firstValue("Server-Timing").orElseThrow())
        .matches("queue;dur=\\d+\\.\\d\\d, search;dur=\\d+\\.\\d\\d");

    JsonNode suggestions = json(get("/api/v1/suggest?q=" + word.substring(0, 6)).body());
    assertThat(suggestions.get("suggestions").toString()).contains("Banque " + word);
  }

  @Test
  void badParametersGetA400NamingThemInTheRequestsLanguage() throws Exception {
    HttpResponse<String> french = get("/api/v1/search?q=pain&size=5000");
    assertThat(french.statusCode()).isEqualTo(400);
    assertThat(json(french.body()).get("parameter").asText()).isEqualTo("size");
    assertThat(json(french.body()).get("message").asText()).contains("« size »", "entre 1 et 100");

    HttpResponse<String> english = get("/api/v1/search?q=pain&lang=en&open_now=maybe");
    assertThat(english.statusCode()).isEqualTo(400);
    assertThat(json(english.body()).get("parameter").asText()).isEqualTo("open_now");
    assertThat(json(english.body()).get("message").asText()).contains("must be true or false");

    HttpResponse<String> tooLong = get("/api/v1/search?q=" + "a".repeat(2000));
    assertThat(tooLong.statusCode()).isEqualTo(400);
    assertThat(json(tooLong.body()).get("parameter").asText()).isEqualTo("q");

    assertThat(get("/api/v1/search?lang=de").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/search?sort=price").statusCode()).isEqualTo(400);
    assertThat(get("/api/v1/search?audience=aliens").statusCode()).isEqualTo(400);

    HttpResponse<String> nowhere =
        get("/api/v1/search?q=pain&where=" + enc("Xqzvillebourg-sur-Rien"));
    assertThat(nowhere.statusCode()).isEqualTo(400);
    assertThat(json(nowhere.body()).get("parameter").asText()).isEqualTo("where");
    assertThat(json(nowhere.body()).get("message").asText()).contains("Xqzvillebourg-sur-Rien");
  }

  // --- helpers -------------------------------------------------------------------------------

  private static SearchQuery query(
      String text,
      String where,
      Lang lang,
      Set<String> categories,
      ZonedDateTime openAt,
      int size,
      Double radius) {
    return new SearchQuery(
        text,
        where,
        lang,
        categories,
        openAt,
        Set.of(),
        false,
        Set.of(),
        false,
        SearchQuery.Sort.RELEVANCE,
        1,
        size,
        radius);
  }

  private SearchResults awaitHits(String text, Lang lang, UUID expected) {
    return awaitUntil(text, r -> ids(r).contains(expected));
  }

  private SearchResults awaitUntil(String text, Predicate<SearchResults> condition) {
    long deadline = System.currentTimeMillis() + INDEX_DELAY_MS;
    SearchResults results;
    do {
      results =
          search.search(
              new SearchQuery(
                  text,
                  "",
                  Lang.FR,
                  Set.of(),
                  null,
                  Set.of(),
                  false,
                  Set.of(),
                  false,
                  SearchQuery.Sort.RELEVANCE,
                  1,
                  100));
      if (condition.test(results)) {
        return results;
      }
      sleep(50);
    } while (System.currentTimeMillis() < deadline);
    throw new AssertionError(
        "The index did not follow the change within "
            + INDEX_DELAY_MS
            + " ms: "
            + ids(results)
            + "; index at change "
            + index.sequence()
            + " of "
            + changeLog.last());
  }

  private static List<UUID> ids(SearchResults results) {
    return results.hits().stream().map(SearchHit::serviceId).distinct().toList();
  }

  private static SearchHit hit(SearchResults results, UUID id) {
    return results.hits().stream().filter(h -> h.serviceId().equals(id)).findFirst().orElseThrow();
  }

  private static char swap(char c) {
    return c == 'e' ? 'a' : 'e';
  }

  private HttpResponse<String> get(String path) throws Exception {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString());
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static JsonNode json(String body) {
    return JsonMapper.builder().build().readTree(body);
  }

  private static void sleep(long ms) {
    try {
      Thread.sleep(ms);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Autowired
  org.springframework.beans.factory.ObjectProvider<ca.repere.geography.Geography> geography;

  @Test
  void aPlaceWrittenInTheNeedIsTakenAsThePlaceWhenNoneIsGiven() {
    SearchResults rimouski =
        search.search(SearchQuery.of("banque alimentaire rimouski", "", Lang.FR));
    assertThat(rimouski.place()).isNotNull();
    assertThat(rimouski.place().name()).isEqualTo("Rimouski");
    assertThat(rimouski.interpretedNeeds()).contains("ALIM-BANQ");

    SearchResults gatineau = search.search(SearchQuery.of("food bank in Gatineau", "", Lang.EN));
    assertThat(gatineau.place()).isNotNull();
    assertThat(gatineau.place().name()).isEqualTo("Gatineau");
    assertThat(gatineau.interpretedNeeds()).contains("ALIM-BANQ");

    SearchResults fsa = search.search(SearchQuery.of("aide alimentaire G5L", "", Lang.FR));
    assertThat(fsa.place()).isNotNull();
    assertThat(fsa.place().code()).isEqualTo("G5L");

    SearchResults first = search.search(SearchQuery.of("Rimouski banque alimentaire", "", Lang.FR));
    assertThat(first.place()).isNotNull();
    assertThat(first.place().name()).isEqualTo("Rimouski");

    // the place given apart wins; a text that is only a place is left as text
    assertThat(
            search
                .search(SearchQuery.of("banque alimentaire rimouski", "Gatineau", Lang.FR))
                .place()
                .name())
        .isEqualTo("Gatineau");
    assertThat(search.search(SearchQuery.of("Rimouski", "", Lang.FR)).place()).isNull();
  }

  @Test
  void aMunicipalityNamedLikeANeedWordIsNotTakenForThePlace() {
    var geo = geography.getObject();
    // Low (Outaouais) and Lac-des-Aigles exist: the need words around them decide
    if (geo.tryResolve("Low").isPresent()) {
      assertThat(search.search(SearchQuery.of("low cost housing", "", Lang.EN)).place()).isNull();
    }
    assertThat(search.search(SearchQuery.of("dépannage alimentaire", "", Lang.FR)).place())
        .isNull();
    assertThat(search.search(SearchQuery.of("j'ai faim", "", Lang.FR)).place()).isNull();
    assertThat(search.search(SearchQuery.of("food bank", "", Lang.EN)).place()).isNull();
  }

  @Test
  void foodAidInSainteFamilleFindsTheFoodAidServingSainteFamille() {
    // real geography: Sainte-Famille-de-l'Île-d'Orléans (MAMH 20010), "Sainte-Famille" for the post
    // office and for people; "famille" is also a need word (families)
    String word = SearchFixtures.uniqueWord();
    UUID local =
        fixtures
            .save(
                new Spec("Comptoir alimentaire " + word, "Food counter " + word)
                    .at(46.972963, -70.962882)
                    .serving("mun:20010")
                    .in(foodBanks))
            .service()
            .id();
    awaitHits(word, Lang.FR, local);

    for (SearchQuery asked :
        List.of(
            SearchQuery.of("aide alimentaire Sainte-Famille", "", Lang.FR),
            SearchQuery.of("aide alimentaire ste famille", "", Lang.FR),
            SearchQuery.of("dépannage alimentaire à Sainte-Famille", "", Lang.FR),
            SearchQuery.of("food bank in Ste-Famille", "", Lang.EN),
            SearchQuery.of("aide alimentaire", "Sainte-Famille", Lang.FR))) {
      SearchResults results = search.search(asked);
      assertThat(results.place()).as(asked.text()).isNotNull();
      assertThat(results.place().municipalityCode()).as(asked.text()).isEqualTo("20010");
      assertThat(results.interpretedNeeds()).as(asked.text()).anyMatch(c -> c.startsWith("ALIM"));
      assertThat(ids(results).get(0)).as(asked.text()).isEqualTo(local);
      // the place's words are not searched as text ("famille"): the same answer as the place
      // given apart by its official name
      SearchResults official =
          search.search(
              SearchQuery.of(
                  asked.lang() == Lang.EN ? "food bank" : "aide alimentaire",
                  "Sainte-Famille-de-l'Île-d'Orléans",
                  asked.lang()));
      if (asked.text().startsWith("aide alimentaire") || asked.lang() == Lang.EN) {
        assertThat(ids(results)).as(asked.text()).isEqualTo(ids(official));
      }
      // one that does not serve Sainte-Famille never ranks above one that does
      List<Boolean> serves = results.hits().stream().map(SearchHit::servesPlace).toList();
      assertThat(
              serves.indexOf(false) < 0
                  || !serves.subList(serves.indexOf(false), serves.size()).contains(true))
          .as(asked.text() + " " + serves)
          .isTrue();
    }
  }
}
