package ca.repere.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.ChangeLog;
import ca.repere.directory.Directory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.shared.LocalizedText;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

@RepereApplicationTest
class TaxonomySeedingIT {

  @Autowired Directory directory;
  @Autowired RepereTaxonomy taxonomy;
  @Autowired TaxonomySeeder seeder;
  @Autowired ChangeLog changeLog;
  @Autowired JdbcTemplate jdbc;

  @Test
  void seedsRepereCategoriesWithTheirDeterministicIdsAndParents() {
    var terms = directory.taxonomyTerms(RepereTaxonomy.taxonomyId(RepereTaxonomy.NAME));
    assertThat(terms).hasSize(taxonomy.allCategories().size());
    TaxonomyTerm foodBanks =
        terms.stream().filter(t -> t.code().equals("ALIM-BANQ")).findFirst().orElseThrow();
    assertThat(foodBanks.id()).isEqualTo(RepereTaxonomy.termId("ALIM-BANQ"));
    assertThat(foodBanks.parentId()).isEqualTo(RepereTaxonomy.termId("ALIM"));
    assertThat(foodBanks.name().fr()).isEqualTo("Banques alimentaires et dépannage");
    assertThat(foodBanks.name().en()).isEqualTo("Food banks and emergency food");
  }

  @Test
  void seedsExternalTaxonomiesWithTheirCrosswalk() {
    String code =
        jdbc.queryForObject(
            "SELECT c.repere_code FROM directory.taxonomy_crosswalk c"
                + " JOIN directory.taxonomy_term t ON t.id = c.taxonomy_term_id"
                + " WHERE t.taxonomy = ? AND t.code = ? AND c.position = 0",
            String.class,
            RepereTaxonomy.AIRS,
            "BD-1800.2000");
    assertThat(code).isEqualTo("ALIM-BANQ");
    assertThat(directory.taxonomyTerms(RepereTaxonomy.taxonomyId(RepereTaxonomy.OPEN_ELIGIBILITY)))
        .extracting(TaxonomyTerm::repereCode)
        .contains("ALIM-BANQ", "LOG-URG");
  }

  @Test
  void seedingAgainChangesNothing() {
    long before = changeLog.last();
    seeder.afterSingletonsInstantiated();
    assertThat(changeLog.last()).isEqualTo(before);
  }

  @Test
  void aTermCuratorsRenamedOrMovedKeepsItWhenTheFilesAreSeededAgain() {
    TaxonomyTerm seeded = term("COMM-LGBT");
    TaxonomyTerm curated =
        new TaxonomyTerm(
            seeded.id(),
            seeded.code(),
            LocalizedText.of("Diversité sexuelle et de genre", "Sexual and gender diversity"),
            seeded.description(),
            RepereTaxonomy.termId("SANTE"),
            seeded.taxonomy(),
            seeded.taxonomyId(),
            seeded.language(),
            seeded.termUri(),
            seeded.repereCode());
    directory.saveCurated(curated);
    try {
      seeder.afterSingletonsInstantiated();

      assertThat(term("COMM-LGBT")).isEqualTo(curated);
    } finally {
      directory.save(
          directory.taxonomies().stream()
              .filter(t -> t.id().equals(seeded.taxonomyId()))
              .findFirst()
              .orElseThrow(),
          java.util.List.of(seeded));
      jdbc.update("UPDATE directory.taxonomy_term SET curated_at = NULL WHERE id = ?", seeded.id());
      taxonomy.refresh();
    }
  }

  @Test
  void aTermNobodyCuratedFollowsTheFiles() {
    TaxonomyTerm seeded = term("COMM-CENTRE");
    jdbc.update(
        "UPDATE directory.taxonomy_term SET name_fr = 'Changé hors application' WHERE id = ?",
        seeded.id());

    seeder.afterSingletonsInstantiated();

    assertThat(term("COMM-CENTRE")).isEqualTo(seeded);
  }

  private TaxonomyTerm term(String code) {
    return directory.taxonomyTerms(RepereTaxonomy.taxonomyId(RepereTaxonomy.NAME)).stream()
        .filter(t -> t.code().equals(code))
        .findFirst()
        .orElseThrow();
  }
}
