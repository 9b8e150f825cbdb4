package ca.repere.directory.taxonomy;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.ChangeLog;
import ca.repere.directory.Directory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.directory.TaxonomyTerm;
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
    assertThat(terms).hasSize(taxonomy.categories().size());
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
}
