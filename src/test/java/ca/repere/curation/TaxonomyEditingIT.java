package ca.repere.curation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.search.Search;
import ca.repere.search.SearchQuery;
import ca.repere.search.SearchResults;
import ca.repere.shared.Lang;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Predicate;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Curators add, rename, move and retire categories from the application; search's facets and the
 * specialists' need picker follow within seconds, and the records that carry a retired category
 * keep it.
 */
@RepereApplicationTest
class TaxonomyEditingIT {

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired Search search;
  @Autowired RepereTaxonomy taxonomy;
  CurationFixtures fixtures;
  StaffClient curator;

  @BeforeEach
  void signIn() {
    fixtures = new CurationFixtures(directory, accounts, secondFactor);
    curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
  }

  @Test
  void anAddedCategoryIsOfferedToSpecialistsAndRenamingItReachesTheSearchFacets() throws Exception {
    String code = "ALIM-F" + letters(6);
    StaffClient specialist = fixtures.signIn(fixtures.staff.staff(Role.SPECIALIST), port);
    assertThat(specialist.get("/staff/contacts/nouveau").body()).doesNotContain(code);

    curator.post(
        "/staff/curation/taxonomie",
        "code",
        code.toLowerCase(),
        "parentCode",
        "ALIM",
        "nameFr",
        "Frigos partagés " + code,
        "nameEn",
        "Community fridges " + code);

    assertThat(curator.get("/staff/curation/taxonomie").body())
        .contains(code, "Frigos partagés " + code, "Community fridges " + code);
    assertThat(specialist.get("/staff/contacts/nouveau").body())
        .contains("value=\"" + code + "\"", "Frigos partagés " + code);

    CompiledService fridge = serviceCarrying(code, "Frigo " + code);
    SearchResults found = await(fridge, r -> facet(r, "subcategory").containsKey(code));
    assertThat(facet(found, "category")).containsKey("ALIM");

    curator.post(
        "/staff/curation/taxonomie/" + code,
        "nameFr",
        "Réfrigérateurs solidaires " + code,
        "nameEn",
        "Solidarity fridges " + code,
        "parentCode",
        "LOG");

    await(fridge, r -> facet(r, "category").containsKey("LOG"));
    String page =
        new StaffClient(port)
            .get("/recherche?q=" + URLEncoder.encode("Frigo " + code, StandardCharsets.UTF_8))
            .body();
    assertThat(page).contains("Réfrigérateurs solidaires " + code);
    String english =
        new StaffClient(port)
            .get(
                "/recherche?lang=en&q="
                    + URLEncoder.encode("Frigo " + code, StandardCharsets.UTF_8))
            .body();
    assertThat(english).contains("Solidarity fridges " + code);
    assertThat(specialist.get("/staff/contacts/nouveau").body())
        .contains("Réfrigérateurs solidaires " + code)
        .doesNotContain("Frigos partagés " + code);
  }

  @Test
  void aRetiredCategoryIsOfferedNoMoreButStaysOnTheServicesThatCarryIt() throws Exception {
    String code = "ALIM-R" + letters(6);
    curator.post(
        "/staff/curation/taxonomie",
        "code",
        code,
        "parentCode",
        "ALIM",
        "nameFr",
        "À retirer " + code,
        "nameEn",
        "To retire " + code);
    CompiledService service = serviceCarrying(code, "Service " + code);
    await(service, r -> facet(r, "subcategory").containsKey(code));

    curator.post("/staff/curation/taxonomie/" + code + "/retirer");

    assertThat(taxonomy.categories()).noneMatch(c -> c.code().equals(code));
    assertThat(taxonomy.term(code)).isPresent();
    StaffClient specialist = fixtures.signIn(fixtures.staff.staff(Role.SPECIALIST), port);
    assertThat(specialist.get("/staff/contacts/nouveau").body()).doesNotContain(code);
    assertThat(directory.service(service.service().id()).orElseThrow().categories())
        .extracting(TaxonomyTerm::code)
        .contains(code);
    assertThat(curator.get("/staff/curation/taxonomie/" + code).body())
        .contains("Portée par 1 service", "est retirée");
    assertThat(
            facet(search.search(SearchQuery.of("Service " + code, null, Lang.FR)), "subcategory"))
        .containsKey(code);

    curator.post("/staff/curation/taxonomie/" + code + "/remettre");
    assertThat(taxonomy.categories()).anyMatch(c -> c.code().equals(code));
  }

  @Test
  void badInputIsRefusedNamingEachFieldAndChangesNothing() {
    int before = taxonomy.allCategories().size();

    String refused =
        curator
            .post(
                "/staff/curation/taxonomie",
                "code",
                "ALIM-BANQ",
                "parentCode",
                "PAS-UNE-CATEGORIE",
                "nameFr",
                "",
                "nameEn",
                "x".repeat(121))
            .body();

    assertThat(refused)
        .contains("Rien n&#39;a été enregistré", "ALIM-BANQ", "existe déjà", "PAS-UNE-CATEGORIE")
        .contains("href=\"#nameFr\"", "href=\"#nameEn\"", "120 caractères");
    assertThat(taxonomy.allCategories()).hasSize(before);
    String english =
        curator.post("/staff/curation/taxonomie/ALIM?lang=en", "nameFr", "", "nameEn", "").body();
    assertThat(english).contains("Nothing was saved", "this field is required");
    assertThat(taxonomy.term("ALIM").orElseThrow().name().fr()).isNotBlank();
    assertThat(curator.post("/staff/curation/taxonomie/ALIM/retirer?lang=fr").body())
        .contains("a des sous-catégories en usage");
    assertThat(taxonomy.isRetired("ALIM")).isFalse();
    assertThat(curator.get("/staff/curation/taxonomie/NOPE-NOPE").statusCode()).isEqualTo(404);
    // found by FuzzIT: a crosswalk form without its taxonomy was a server error
    var noTaxonomy =
        curator.post(
            "/staff/curation/taxonomie/correspondances", "externalCode", "", "repereCodes", "");
    assertThat(noTaxonomy.statusCode()).isEqualTo(200);
    assertThat(noTaxonomy.body()).contains("Rien n&#39;a été enregistré");
  }

  @Test
  void onlyCuratorsEditTheTaxonomy() {
    StaffClient editor =
        fixtures.signIn(
            fixtures.editorOf(fixtures.organization("Organisme " + letters(5), false)), port);
    assertThat(editor.get("/staff/curation/taxonomie").statusCode()).isEqualTo(403);
    assertThat(
            editor
                .post(
                    "/staff/curation/taxonomie",
                    "code",
                    "ALIM-X" + letters(4),
                    "parentCode",
                    "ALIM",
                    "nameFr",
                    "x",
                    "nameEn",
                    "x")
                .statusCode())
        .isEqualTo(403);
  }

  @Test
  void aCuratorsCrosswalkDecidesUnderWhichCategoriesAnExternalTermsServicesAreFound()
      throws Exception {
    String airs = "BT-4500.6500-500";
    List<String> original = taxonomy.crosswalkAll(RepereTaxonomy.AIRS, airs);
    assertThat(original).containsExactly("TRANSP-BENEV");
    CompiledService rides =
        serviceCarrying(term(RepereTaxonomy.AIRS, airs), "Navette " + letters(8));
    await(rides, r -> facet(r, "subcategory").containsKey("TRANSP-BENEV"));
    assertThat(curator.get("/staff/curation/taxonomie/correspondances").body())
        .contains(airs, "Transport vers les rendez-vous médicaux", "TRANSP-BENEV");

    String refused =
        curator
            .post(
                "/staff/curation/taxonomie/correspondances",
                "externalTaxonomy",
                RepereTaxonomy.AIRS,
                "externalCode",
                "ZZ-0000",
                "repereCodes",
                "PAS-UN-CODE")
            .body();
    assertThat(refused).contains("ZZ-0000", "PAS-UN-CODE", "Rien n&#39;a été enregistré");
    assertThat(taxonomy.crosswalkAll(RepereTaxonomy.AIRS, airs)).isEqualTo(original);

    try {
      curator.post(
          "/staff/curation/taxonomie/correspondances",
          "externalTaxonomy",
          RepereTaxonomy.AIRS,
          "externalCode",
          airs.toLowerCase(),
          "repereCodes",
          "sante-medecin, TRANSP-BENEV");

      assertThat(taxonomy.crosswalkAll(RepereTaxonomy.AIRS, airs))
          .containsExactly("SANTE-MEDECIN", "TRANSP-BENEV");
      SearchResults found = await(rides, r -> facet(r, "category").containsKey("SANTE"));
      assertThat(facet(found, "subcategory")).containsKey("SANTE-MEDECIN");
    } finally {
      curator.post(
          "/staff/curation/taxonomie/correspondances",
          "externalTaxonomy",
          RepereTaxonomy.AIRS,
          "externalCode",
          airs,
          "repereCodes",
          String.join(",", original));
    }
    assertThat(taxonomy.crosswalkAll(RepereTaxonomy.AIRS, airs)).isEqualTo(original);
  }

  private TaxonomyTerm term(String taxonomyName, String code) {
    return directory.taxonomyTerms(RepereTaxonomy.taxonomyId(taxonomyName)).stream()
        .filter(t -> t.code().equals(code))
        .findFirst()
        .orElseThrow();
  }

  private CompiledService serviceCarrying(String code, String name) {
    return serviceCarrying(term(RepereTaxonomy.NAME, code), name);
  }

  private CompiledService serviceCarrying(TaxonomyTerm term, String name) {
    CompiledService s =
        fixtures.service(fixtures.organization("Organisme " + term.code(), false), name);
    return directory.save(
        new CompiledService(
            s.service(),
            s.organization(),
            s.program(),
            s.locations(),
            s.phones(),
            s.schedules(),
            s.serviceAreas(),
            s.languages(),
            s.costOptions(),
            s.requiredDocuments(),
            s.funding(),
            s.contacts(),
            List.of(term)),
        "test");
  }

  /** Searches the service's name until the results satisfy {@code done} (20 s at most). */
  private SearchResults await(CompiledService service, Predicate<SearchResults> done)
      throws InterruptedException {
    String name = service.service().name().fr();
    long deadline = System.nanoTime() + 20_000_000_000L;
    SearchResults found;
    do {
      found = search.search(SearchQuery.of(name, null, Lang.FR));
      if (done.test(found)) {
        return found;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    throw new AssertionError("search never showed the change: " + found.facets());
  }

  private static Map<String, Long> facet(SearchResults results, String name) {
    return results.facets().getOrDefault(name, Map.of());
  }

  private static String letters(int n) {
    StringBuilder s = new StringBuilder();
    for (int i = 0; i < n; i++) {
      s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
    }
    return s.toString();
  }
}
