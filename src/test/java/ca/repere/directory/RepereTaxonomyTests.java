package ca.repere.directory;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.shared.Lang;
import java.util.List;
import org.junit.jupiter.api.Test;

class RepereTaxonomyTests {

  private final RepereTaxonomy taxonomy = RepereTaxonomy.load();

  @Test
  void listsBasicNeedsFirst() {
    assertThat(taxonomy.topCategories())
        .extracting(RepereCategory::code)
        .startsWith("ALIM", "SANTM", "LOG", "EMPLOI", "GOUV")
        .contains("TRANSP", "AINES", "DEP", "VIOL", "FAM", "JUR", "IMMI", "HAND", "EDUC", "REVENU")
        .hasSizeBetween(15, 20);
  }

  @Test
  void everyTopCategoryHasSubCategoriesWithRichBilingualSynonyms() {
    int subCategories = 0;
    for (RepereCategory top : taxonomy.topCategories()) {
      List<RepereCategory> subs = taxonomy.subCategories(top.code());
      assertThat(subs).as(top.code()).hasSizeGreaterThanOrEqualTo(4);
      for (RepereCategory sub : subs) {
        assertThat(sub.code()).startsWith(top.code() + "-");
        assertThat(sub.name().fr()).as(sub.code()).isNotBlank();
        assertThat(sub.name().en()).as(sub.code()).isNotBlank();
        assertThat(sub.description().fr()).as(sub.code()).isNotBlank();
        assertThat(sub.description().en()).as(sub.code()).isNotBlank();
        assertThat(sub.synonymsFr().size() + sub.synonymsEn().size())
            .as(sub.code())
            .isGreaterThanOrEqualTo(8);
        assertThat(sub.synonymsFr()).as(sub.code()).hasSizeGreaterThanOrEqualTo(4);
        assertThat(sub.synonymsEn()).as(sub.code()).hasSizeGreaterThanOrEqualTo(4);
      }
      subCategories += subs.size();
    }
    assertThat(subCategories).isBetween(100, 130);
  }

  @Test
  void knowsTheWordsPeopleType() {
    assertThat(taxonomy.synonyms("ALIM-BANQ", Lang.FR)).contains("j'ai faim", "epicerie gratuite");
    assertThat(taxonomy.synonyms("ALIM-BANQ", Lang.EN)).contains("food bank");
    assertThat(taxonomy.synonyms("LOG-URG", Lang.EN)).contains("shelter");
    assertThat(taxonomy.synonyms("DEP-AIDE", Lang.FR)).contains("pot");
    assertThat(taxonomy.synonyms("REVENU-IMPOT", Lang.FR)).contains("impôts", "taxes");
    assertThat(taxonomy.synonyms("NOPE", Lang.FR)).isEmpty();
  }

  @Test
  void mapsExternalCodesToRepereCategories() {
    assertThat(taxonomy.crosswalk(RepereTaxonomy.AIRS, "BD-1800.2000")).contains("ALIM-BANQ");
    assertThat(taxonomy.crosswalk(RepereTaxonomy.AIRS, "RP-1500.1400-800"))
        .contains("SANTM-SUICIDE");
    assertThat(taxonomy.crosswalk(RepereTaxonomy.OPEN_ELIGIBILITY, "102-02")).contains("ALIM-BANQ");
    assertThat(taxonomy.crosswalkAll(RepereTaxonomy.AIRS, "B")).contains("ALIM", "LOG");
    assertThat(taxonomy.crosswalk(RepereTaxonomy.AIRS, "ZZ-9999")).isEmpty();
    assertThat(taxonomy.crosswalk("unknown", "BD-1800.2000")).isEmpty();
  }

  @Test
  void idsAreTheSameInEveryDatabase() {
    assertThat(taxonomy.term("ALIM-BANQ").orElseThrow().id())
        .isEqualTo(
            java.util.UUID.nameUUIDFromBytes(
                "repere-taxonomy:ALIM-BANQ".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
    assertThat(taxonomy.term("AUD-JEUNES")).isPresent();
    assertThat(taxonomy.audiences()).extracting(RepereCategory::code).contains("AUD-AINES");
  }
}
