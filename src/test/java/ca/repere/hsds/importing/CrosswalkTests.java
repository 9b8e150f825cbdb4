package ca.repere.hsds.importing;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.directory.RepereTaxonomy;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.shared.LocalizedText;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class CrosswalkTests {

  private final Crosswalk crosswalk = new Crosswalk(RepereTaxonomy.load());

  private static TaxonomyTerm term(String code) {
    return new TaxonomyTerm(
        UUID.randomUUID(),
        code,
        LocalizedText.EMPTY,
        LocalizedText.EMPTY,
        null,
        null,
        null,
        null,
        null,
        null);
  }

  @Test
  void walksUpAirsAndOpenEligibilityCodes() {
    assertThat(Crosswalk.broader("PN-8100.4500-240"))
        .containsExactly("PN-8100.4500-240", "PN-8100.4500", "PN-8100", "PN", "P");
    assertThat(Crosswalk.broader("111-01-03")).containsExactly("111-01-03", "111-01", "111");
  }

  @Test
  void mapsANarrowAirsTermToTheCategoryOfItsNearestListedParent() {
    String parent = crosswalk.map(term("BD-1800.2000"), "Open211 Miami - AIRS").repereCode();
    String child = crosswalk.map(term("BD-1800.2000-620"), "Open211 Miami - AIRS").repereCode();

    assertThat(parent).isEqualTo("ALIM-BANQ");
    assertThat(child).isEqualTo(parent);
  }

  @Test
  void leavesATermOfAnUnknownTaxonomyUnmapped() {
    assertThat(crosswalk.map(term("BD-1800"), "Some local list").repereCode()).isNull();
  }
}
