package ca.repere.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.geography.Geography;
import ca.repere.geography.Place;
import ca.repere.geography.PlaceType;
import ca.repere.geography.UnknownPlaceException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The geography read from the shared folder, without Spring. */
class GeographyTests {

  static final Path FOLDER = Path.of("..", "shared", "geo");
  static Geography geography;

  @BeforeAll
  static void load() {
    assertThat(Files.isRegularFile(FOLDER.resolve("qc_municipalities.csv")))
        .as("the geography folder %s", FOLDER.toAbsolutePath())
        .isTrue();
    geography = GeographyService.of(FOLDER);
  }

  @Test
  void readsEveryMunicipalityRegionAndMrc() {
    assertThat(geography.municipalities()).hasSize(1281);
    assertThat(geography.regions()).hasSize(17);
    assertThat(geography.mrc("040")).get().extracting("name").isEqualTo("La Haute-Gaspésie");
    assertThat(geography.municipality("04015").orElseThrow().name()).isEqualTo("Mont-Saint-Pierre");
  }

  @Test
  void resolvesMunicipalityNamesWrittenAnyWay() {
    for (String typed :
        new String[] {
          "Mont-Saint-Pierre", "mont st-pierre", "MONT SAINT PIERRE", "04015", "mun:04015"
        }) {
      Place place = geography.resolve(typed);
      assertThat(place.type()).as(typed).isEqualTo(PlaceType.MUNICIPALITY);
      assertThat(place.code()).as(typed).isEqualTo("04015");
      assertThat(place.mrcCode()).isEqualTo("040");
      assertThat(place.regionCode()).isEqualTo("11");
    }
    assertThat(geography.resolve("Ste-Anne-des-Monts").code()).isEqualTo("04037");
  }

  @Test
  void resolvesPostalCodesAndFsas() {
    Place postal = geography.resolve("G0E 1V0");
    assertThat(postal.type()).isEqualTo(PlaceType.POSTAL_CODE);
    assertThat(postal.municipalityCode()).isEqualTo("04015");
    assertThat(geography.resolve("g0e1v0")).isEqualTo(postal);
    Place fsa = geography.resolve("G0E");
    assertThat(fsa.type()).isEqualTo(PlaceType.FSA);
    assertThat(fsa.regionCode()).isEqualTo("11");
  }

  @Test
  void resolvesCoordinatesToTheNearestMunicipality() {
    Place point = geography.resolve("49.22,-65.81");
    assertThat(point.type()).isEqualTo(PlaceType.POINT);
    assertThat(point.municipalityCode()).isEqualTo("04015");
    assertThat(point.point().latitude()).isEqualTo(49.22);
  }

  @Test
  void rejectsBlankAndUnknownInput() {
    assertThatThrownBy(() -> geography.resolve("  ")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> geography.resolve("Mont-Saint-Piere"))
        .isInstanceOfSatisfying(
            UnknownPlaceException.class,
            e -> assertThat(e.suggestions()).first().isEqualTo("Mont-Saint-Pierre"));
  }
}
