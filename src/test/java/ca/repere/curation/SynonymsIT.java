package ca.repere.curation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.directory.Directory;
import ca.repere.search.Search;
import ca.repere.search.SearchQuery;
import ca.repere.search.SearchResults;
import ca.repere.shared.Lang;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** A synonym a curator adds applies to search at once, without a release. */
@RepereApplicationTest
class SynonymsIT {

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired Search search;
  @Autowired JdbcClient jdbc;

  @Test
  void aCuratorsSynonymIsUnderstoodBySearchAndCanBeRemoved() {
    String word = "zorglubette";
    assertThat(search.search(SearchQuery.of(word, null, Lang.FR)).interpretedNeeds())
        .doesNotContain("ALIM-BANQ");
    StaffClient curator =
        new CurationFixtures(directory, accounts, secondFactor)
            .signIn(
                new CurationFixtures(directory, accounts, secondFactor).staff.staff(Role.CURATOR),
                port);
    curator.get("/staff/curation/synonymes");

    curator.post("/staff/curation/synonymes", "phrase", word, "codes", "alim-banq");

    SearchResults found = search.search(SearchQuery.of(word, null, Lang.FR));
    assertThat(found.interpretedNeeds()).contains("ALIM-BANQ");
    assertThat(found.facets().get("subcategory")).containsKey("ALIM-BANQ");
    String page = curator.get("/staff/curation/synonymes").body();
    assertThat(page).contains(word, "ALIM-BANQ");

    String refused =
        curator.post("/staff/curation/synonymes", "phrase", "x", "codes", "PAS-UN-CODE").body();
    assertThat(refused).contains("PAS-UN-CODE", "n&#39;est pas un code");

    String id =
        page.replaceAll("(?s).*/staff/curation/synonymes/([0-9a-f-]{36})/supprimer.*", "$1");
    curator.post("/staff/curation/synonymes/" + id + "/supprimer");
    assertThat(search.search(SearchQuery.of(word, null, Lang.FR)).interpretedNeeds())
        .doesNotContain("ALIM-BANQ");
  }

  @Test
  void aSynonymAddedOnAnotherNodeFindsServicesOnThisNodeWithinSeconds() throws Exception {
    String word = "frigobidouille";
    UUID id = UUID.randomUUID();
    // what another node's SynonymDictionary commits, without touching this node's search
    jdbc.sql(
            "INSERT INTO curation.synonym (id, phrase, codes, added_by)"
                + " VALUES (?, ?, '{ALIM-BANQ}', 'autre-noeud@test.example')")
        .params(id, word)
        .update();
    bumpVersion();
    try {
      SearchResults found = awaitUnderstood(word);

      assertThat(found.interpretedNeeds()).contains("ALIM-BANQ");
      assertThat(found.total()).isPositive();
      assertThat(found.facets().get("subcategory")).containsKey("ALIM-BANQ");
    } finally {
      jdbc.sql("DELETE FROM curation.synonym WHERE id = ?").param(id).update();
      bumpVersion();
    }
  }

  private SearchResults awaitUnderstood(String word) throws InterruptedException {
    long deadline = System.nanoTime() + 10_000_000_000L;
    SearchResults found;
    do {
      found = search.search(SearchQuery.of(word, null, Lang.FR));
      if (found.interpretedNeeds().contains("ALIM-BANQ")) {
        return found;
      }
      Thread.sleep(200);
    } while (System.nanoTime() < deadline);
    return found;
  }

  private void bumpVersion() {
    jdbc.sql("UPDATE curation.dictionary_version SET version = version + 1").update();
  }
}
