package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.geography.Municipality;
import ca.repere.shared.GeoPoint;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Short names of real municipalities (MAMH codes and populations of the répertoire). */
class ShortPlaceNamesTests {

  private static final ShortPlaceNames NAMES =
      ShortPlaceNames.of(
          List.of(
              municipality("20010", "Sainte-Famille-de-l'Île-d'Orléans", 801),
              municipality("56083", "Saint-Jean-sur-Richelieu", 100967),
              municipality("62015", "Saint-Jean-de-Matha", 5426),
              municipality("27043", "Saint-Joseph-de-Beauce", 5368),
              municipality("31045", "Saint-Joseph-de-Coleraine", 1920),
              municipality("71105", "Saint-Lazare", 22917),
              municipality("19050", "Saint-Lazare-de-Bellechasse", 1328),
              municipality("12072", "Rivière-du-Loup", 20652)));

  @Test
  void aQualifiedNameIsFoundByItsShortNameWrittenAnyWay() {
    for (String written :
        List.of(
            "Sainte-Famille", "sainte famille", "Ste-Famille", "ST FAMILLE", "Sainte-Famillé")) {
      assertThat(NAMES.codeOf(written)).as(written).contains("20010");
    }
  }

  @Test
  void anAmbiguousShortNameMeansTheFarMorePopulousOneOrNone() {
    assertThat(NAMES.codeOf("Saint-Jean")).contains("56083"); // 100,967 people against 5,426
    assertThat(NAMES.codeOf("Saint-Joseph")).isEmpty(); // 5,368 against 1,920: ask
  }

  @Test
  void anOfficialNameIsNeverTakenForAShortOne() {
    assertThat(NAMES.codeOf("Saint-Lazare")).isEmpty(); // the geography resolves it itself
    assertThat(NAMES.codeOf("Rivière")).isEmpty(); // one word before "du": no short name
    assertThat(NAMES.codeOf("famille")).isEmpty();
  }

  private static Municipality municipality(String code, String name, int population) {
    return new Municipality(
        code, name, "000", "MRC", "00", "Région", population, new GeoPoint(46, -71));
  }
}
