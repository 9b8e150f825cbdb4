package ca.repere.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.geography.Geography;
import ca.repere.geography.Municipality;
import ca.repere.geography.Place;
import ca.repere.geography.PlaceType;
import ca.repere.geography.UnknownPlaceException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The geography read from the shared folder (and the built-in fallback), without Spring. */
class GeographyTests {

  static final Path FOLDER = Path.of("..", "shared", "geo");
  static Geography geography;
  static Geography fallback;

  @BeforeAll
  static void load(@TempDir Path empty) {
    assertThat(FOLDER.resolve(GazetteerReader.MUNICIPALITIES))
        .as("the geography folder, read in place")
        .isRegularFile();
    geography = GeographyService.of(FOLDER);
    fallback = GeographyService.of(empty);
  }

  @Test
  void readsEveryMunicipalityRegionMrcAndFsa() {
    assertThat(geography.source()).isEqualTo(FOLDER.toAbsolutePath().normalize().toString());
    assertThat(geography.municipalities()).hasSize(1281);
    assertThat(geography.regions()).hasSize(17);
    assertThat(geography.region("11").orElseThrow().name())
        .isEqualTo("Gaspésie–Îles-de-la-Madeleine");
    assertThat(geography.mrc("040").orElseThrow().name()).isEqualTo("La Haute-Gaspésie");
    Municipality montSaintPierre = geography.municipality("04015").orElseThrow();
    assertThat(montSaintPierre.name()).isEqualTo("Mont-Saint-Pierre");
    assertThat(montSaintPierre.regionName()).isEqualTo("Gaspésie–Îles-de-la-Madeleine");
    assertThat(montSaintPierre.point().distanceKm(new ca.repere.shared.GeoPoint(49.2225, -65.8073)))
        .isLessThan(0.1);
    assertThat(geography.municipalities())
        .isSortedAccordingTo((a, b) -> a.code().compareTo(b.code()));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Mont-Saint-Pierre",
        "mont st-pierre",
        "MONT SAINT PIERRE",
        "Mont-St-Pierre",
        "  montsaintpierre ",
        "04015",
        "mun:04015",
        "Municipalité de Mont-Saint-Pierre",
        "Mont-Saint-Pierre, QC"
      })
  void resolvesAMunicipalityWrittenAnyWay(String typed) {
    Place place = geography.resolve(typed);

    assertThat(place.type()).isEqualTo(PlaceType.MUNICIPALITY);
    assertThat(place.code()).isEqualTo("04015");
    assertThat(place.name()).isEqualTo("Mont-Saint-Pierre");
    assertThat(place.municipalityCode()).isEqualTo("04015");
    assertThat(place.mrcCode()).isEqualTo("040");
    assertThat(place.regionCode()).isEqualTo("11");
  }

  @Test
  void resolvesSaintAndSainteAbbreviations() {
    assertThat(geography.resolve("Ste-Anne-des-Monts").code()).isEqualTo("04037");
    assertThat(geography.resolve("sainte anne des monts").code()).isEqualTo("04037");
    assertThat(geography.resolve("St-Jean-sur-Richelieu").name())
        .isEqualTo("Saint-Jean-sur-Richelieu");
    assertThat(geography.resolve("saint jerome").name()).isEqualTo("Saint-Jérôme");
  }

  @Test
  void aTownHallPostalCodeIsThatMunicipality() {
    Place postal = geography.resolve("G0E 1V0");

    assertThat(postal.type()).isEqualTo(PlaceType.POSTAL_CODE);
    assertThat(postal.code()).isEqualTo("G0E1V0");
    assertThat(postal.name()).isEqualTo("G0E 1V0");
    assertThat(postal.municipalityCode()).isEqualTo("04015");
    assertThat(postal.regionCode()).isEqualTo("11");
    assertThat(geography.resolve("g0e1v0")).isEqualTo(postal);
    assertThat(geography.resolve("g0e-1v0")).isEqualTo(postal);
  }

  @Test
  void anotherPostalCodeIsPlacedAtItsFsa() {
    Place postal = geography.resolve("H2X 1Y4");

    assertThat(postal.type()).isEqualTo(PlaceType.POSTAL_CODE);
    assertThat(postal.regionCode()).isEqualTo("06");
    assertThat(postal.municipalityCode()).isEqualTo("66023");
    assertThat(postal.point()).isEqualTo(geography.resolve("H2X").point());
  }

  @Test
  void aRuralFsaHasARegionButNoSingleMunicipality() {
    Place fsa = geography.resolve("G0E");

    assertThat(fsa.type()).isEqualTo(PlaceType.FSA);
    assertThat(fsa.code()).isEqualTo("G0E");
    assertThat(fsa.regionCode()).isEqualTo("11");
    assertThat(fsa.municipalityCode()).isNull();
    assertThat(fsa.point()).isNotNull();
  }

  @Test
  void coordinatesAreAPointInTheNearestMunicipality() {
    Place point = geography.resolve("49.22,-65.81");

    assertThat(point.type()).isEqualTo(PlaceType.POINT);
    assertThat(point.point().latitude()).isEqualTo(49.22);
    assertThat(point.point().longitude()).isEqualTo(-65.81);
    assertThat(point.municipalityCode()).isEqualTo("04015");
    assertThat(point.regionCode()).isEqualTo("11");
    assertThat(geography.resolve(" 49.22 ; -65.81 ").point()).isEqualTo(point.point());
  }

  @Test
  void coordinatesFarFromQuebecAreAPointInNoRegion() {
    Place paris = geography.resolve("48.85,2.35");

    assertThat(paris.regionCode()).isNull();
    assertThat(geography.covers("qc", paris)).isFalse();
  }

  @ParameterizedTest
  @ValueSource(strings = {"MRC de La Haute-Gaspésie", "La Haute-Gaspésie", "haute gaspesie", "040"})
  void resolvesAnMrc(String typed) {
    Place mrc = geography.resolve(typed);

    assertThat(mrc.type()).isEqualTo(PlaceType.MRC);
    assertThat(mrc.code()).isEqualTo("040");
    assertThat(mrc.regionCode()).isEqualTo("11");
    assertThat(mrc.point()).as("at its most populous municipality").isNotNull();
  }

  @Test
  void resolvesMrcsWrittenWithTheirContractedArticle() {
    assertThat(geography.resolve("MRC du Granit").code()).isEqualTo("300");
    assertThat(geography.resolve("MRC des Maskoutains").code()).isEqualTo("540");
  }

  @Test
  void resolvesRegionsWithOrWithoutAccents() {
    assertThat(geography.resolve("gaspesie").code()).isEqualTo("11");
    assertThat(geography.resolve("Gaspésie–Îles-de-la-Madeleine").code()).isEqualTo("11");
    assertThat(geography.resolve("Montérégie").code()).isEqualTo("16");
    assertThat(geography.resolve("monteregie").type()).isEqualTo(PlaceType.REGION);
    assertThat(geography.resolve("Bas-St-Laurent").code()).isEqualTo("01");
    assertThat(geography.resolve("Région de la Capitale-Nationale").code()).isEqualTo("03");
    assertThat(geography.resolve("region:5").code()).isEqualTo("05");
  }

  @Test
  void aCityNameIsTheCityEvenWhenARegionHasTheSameName() {
    assertThat(geography.resolve("Montréal").type()).isEqualTo(PlaceType.MUNICIPALITY);
    assertThat(geography.resolve("Laval").type()).isEqualTo(PlaceType.MUNICIPALITY);
    assertThat(geography.resolve("Saguenay").type()).isEqualTo(PlaceType.MUNICIPALITY);
  }

  @Test
  void quebecIsTheCityAndTheWholeProvinceIsSaidOtherwise() {
    assertThat(geography.resolve("Québec").code()).isEqualTo("23027");
    assertThat(geography.resolve("Quebec City").code()).isEqualTo("23027");
    assertThat(geography.resolve("Ville de Québec").code()).isEqualTo("23027");
    for (String province : List.of("tout le Québec", "Province", "qc", "partout au Québec")) {
      assertThat(geography.resolve(province).type()).as(province).isEqualTo(PlaceType.PROVINCE);
    }
  }

  @Test
  void aBoroughIsItsCity() {
    assertThat(geography.resolve("Le Plateau-Mont-Royal").code()).isEqualTo("66023");
    assertThat(geography.resolve("Rosemont").code()).isEqualTo("66023");
    assertThat(geography.resolve("Sainte-Foy").code()).isEqualTo("23027");
    assertThat(geography.resolve("Desjardins").code()).isEqualTo("25213");
    assertThat(geography.resolve("Chicoutimi").code()).isEqualTo("94068");
  }

  @Test
  void aHomonymIsTheMostPopulousUnlessItsRegionIsGiven() {
    assertThat(geography.resolve("L'Ange-Gardien").code()).isEqualTo("82005");
    assertThat(geography.resolve("L'Ange-Gardien").name()).isEqualTo("L'Ange-Gardien (Outaouais)");
    assertThat(geography.resolve("langegardien (capitale nationale)").name())
        .isEqualTo("L'Ange-Gardien (Capitale-Nationale)");
    assertThat(suggestionsFor("Saint-Jean (Montérégie)")).contains("Saint-Jean-sur-Richelieu");
    assertThat(geography.resolve("L'Ange-Gardien (Capitale-Nationale)").code()).isEqualTo("21040");
    assertThat(geography.resolve("L'Ange-Gardien, Outaouais").code()).isEqualTo("82005");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "   ", "\t"})
  void rejectsBlankInput(String blank) {
    assertThatThrownBy(() -> geography.resolve(blank)).isInstanceOf(IllegalArgumentException.class);
    assertThat(geography.tryResolve(blank)).isEmpty();
  }

  @Test
  void rejectsNullInput() {
    assertThatThrownBy(() -> geography.resolve(null)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void anUnknownPlaceComesWithTheClosestNames() {
    assertThatThrownBy(() -> geography.resolve("Mont-Saint-Piere"))
        .isInstanceOfSatisfying(
            UnknownPlaceException.class,
            e -> {
              assertThat(e.input()).isEqualTo("Mont-Saint-Piere");
              assertThat(e.suggestions()).first().isEqualTo("Mont-Saint-Pierre");
              assertThat(e.suggestions()).hasSizeLessThanOrEqualTo(5);
              assertThat(e.messageKey())
                  .isEqualTo(UnknownPlaceException.MESSAGE_KEY_WITH_SUGGESTIONS);
            });
    assertThat(suggestionsFor("sherbrok")).first().isEqualTo("Sherbrooke");
    assertThat(suggestionsFor("Montrial")).first().isEqualTo("Montréal");
  }

  @Test
  void namesStartingWithWhatWasTypedAreSuggestedFirstMostPopulousFirst() {
    List<String> suggestions = suggestionsFor("St-Jean");

    assertThat(suggestions).hasSize(5).allMatch(s -> s.startsWith("Saint-Jean"));
    assertThat(suggestions.get(0)).isEqualTo("Saint-Jean-sur-Richelieu");
  }

  @Test
  void nonsenseHasNoSuggestion() {
    assertThat(suggestionsFor("xqzwv")).isEmpty();
    assertThatThrownBy(() -> geography.resolve("xqzwv"))
        .isInstanceOfSatisfying(
            UnknownPlaceException.class,
            e -> assertThat(e.messageKey()).isEqualTo(UnknownPlaceException.MESSAGE_KEY));
  }

  @Test
  void anFsaOutsideQuebecIsUnknown() {
    assertThat(geography.tryResolve("K1A 0B1")).isEmpty();
    assertThat(geography.tryResolve("M5V")).isEmpty();
  }

  @Test
  void servicesAreasCoverThePlacesInThem() {
    Place montSaintPierre = geography.resolve("mont st-pierre");

    assertThat(geography.covers("qc", montSaintPierre)).isTrue();
    assertThat(geography.covers("region:11", montSaintPierre)).isTrue();
    assertThat(geography.covers("REGION:11", montSaintPierre)).isTrue();
    assertThat(geography.covers("mrc:040", montSaintPierre)).isTrue();
    assertThat(geography.covers("mun:04015", montSaintPierre)).isTrue();
    assertThat(geography.covers("radius:49.13,-66.49,60", montSaintPierre)).isTrue();

    assertThat(geography.covers("region:01", montSaintPierre)).isFalse();
    assertThat(geography.covers("mrc:030", montSaintPierre)).isFalse();
    assertThat(geography.covers("mun:04037", montSaintPierre)).isFalse();
    assertThat(geography.covers("radius:49.13,-66.49,20", montSaintPierre)).isFalse();
  }

  @Test
  void aPostalCodeOrPointIsCoveredLikeItsMunicipality() {
    assertThat(geography.covers("mun:04015", geography.resolve("G0E 1V0"))).isTrue();
    assertThat(geography.covers("mrc:040", geography.resolve("49.22,-65.81"))).isTrue();
    assertThat(geography.covers("region:11", geography.resolve("G0E"))).isTrue();
    assertThat(geography.covers("mun:04015", geography.resolve("G0E")))
        .as("a rural FSA spans many villages")
        .isFalse();
  }

  @Test
  void aSmallerAreaDoesNotCoverAWiderPlaceButOverlapsIt() {
    Place gaspesie = geography.resolve("gaspesie");
    Place province = geography.resolve("tout le Québec");

    assertThat(geography.covers("mun:04015", gaspesie)).isFalse();
    assertThat(geography.overlaps("mun:04015", gaspesie)).isTrue();
    assertThat(geography.overlaps("mrc:040", gaspesie)).isTrue();
    assertThat(geography.overlaps("radius:49.13,-66.49,20", gaspesie)).isTrue();
    assertThat(geography.overlaps("mun:66023", gaspesie)).isFalse();
    assertThat(geography.overlaps("mun:04015", geography.resolve("La Haute-Gaspésie"))).isTrue();
    assertThat(geography.overlaps("mun:04015", geography.resolve("G0E"))).isTrue();
    assertThat(geography.covers("region:11", province)).isFalse();
    assertThat(geography.overlaps("region:11", province)).isTrue();
    assertThat(geography.covers("qc", province)).isTrue();
  }

  @Test
  void malformedTerritoriesCoverNothing() {
    Place place = geography.resolve("Mont-Saint-Pierre");

    for (String territory :
        List.of("", "region:", "mun:abc", "radius:1,2", "radius:99,0,5", "11")) {
      assertThat(geography.covers(territory, place)).as(territory).isFalse();
      assertThat(geography.overlaps(territory, place)).as(territory).isFalse();
    }
    assertThat(geography.covers(null, place)).isFalse();
    assertThat(geography.covers("qc", null)).isFalse();
  }

  @Test
  void territoryOfAServiceAreaName() {
    assertThat(geography.territoryOf("Mont-Saint-Pierre")).contains("mun:04015");
    assertThat(geography.territoryOf("MRC de La Haute-Gaspésie")).contains("mrc:040");
    assertThat(geography.territoryOf("Gaspésie")).contains("region:11");
    assertThat(geography.territoryOf("Tout le Québec")).contains("qc");
    assertThat(geography.territoryOf("region:5")).contains("region:05");
    assertThat(geography.territoryOf("G0E 1V0")).isEmpty();
    assertThat(geography.territoryOf("Atlantide")).isEmpty();
  }

  @Test
  void regionOutlinesAreAFeatureCollectionOfTheSeventeenRegions() {
    String outlines = geography.regionOutlinesGeoJson();

    assertThat(outlines).startsWith("{").contains("FeatureCollection", "\"region_code\"");
    assertThat(outlines.split("\"type\"\\s*:\\s*\"Feature\"", -1)).hasSize(18);
    assertThat(geography.regionOutlinesGeoJson()).isSameAs(outlines);
  }

  @Test
  void anEmptyFolderFallsBackToTheBuiltInGazetteer() {
    assertThat(fallback.source()).isEqualTo("fallback");
    assertThat(fallback.regions()).hasSize(17);
    assertThat(fallback.municipalities()).hasSizeGreaterThanOrEqualTo(80);
    assertThat(fallback.resolve("Mont-Saint-Pierre").code()).isEqualTo("04015");
    assertThat(fallback.resolve("mont st-pierre").regionCode()).isEqualTo("11");
    assertThat(fallback.resolve("Ste-Anne-des-Monts").code()).isEqualTo("04037");
    assertThat(fallback.resolve("49.22,-65.81").municipalityCode()).isEqualTo("04015");
    assertThat(fallback.resolve("gaspesie").code()).isEqualTo("11");
    assertThat(fallback.resolve("MRC de La Haute-Gaspésie").code()).isEqualTo("040");
    assertThat(fallback.covers("region:11", fallback.resolve("Gaspé"))).isTrue();
    assertThat(fallback.regionOutlinesGeoJson()).contains("FeatureCollection");
    assertThat(fallback.tryResolve("G0E")).as("no FSA without the folder").isEmpty();
  }

  @Test
  void everyRegionHasAMunicipalityInTheFallback() {
    assertThat(fallback.municipalities())
        .extracting(Municipality::regionCode)
        .containsAll(fallback.regions().stream().map(r -> r.code()).toList());
  }

  @Test
  void theFallbackAgreesWithTheOfficialFolder() {
    for (Municipality approximate : fallback.municipalities()) {
      Municipality official = geography.municipality(approximate.code()).orElseThrow();
      assertThat(approximate.name()).isEqualTo(official.name());
      assertThat(approximate.regionCode()).as(official.name()).isEqualTo(official.regionCode());
      assertThat(approximate.mrcCode()).as(official.name()).isEqualTo(official.mrcCode());
      assertThat(approximate.point().distanceKm(official.point()))
          .as(official.name())
          .isLessThan(15);
      assertThat(approximate.population())
          .as(official.name())
          .isBetween(official.population() / 2, official.population() * 2);
    }
    fallback
        .regions()
        .forEach(
            r -> assertThat(r.name()).isEqualTo(geography.region(r.code()).orElseThrow().name()));
  }

  @Test
  void aBadValueNamesTheFileAndLine(@TempDir Path folder) throws Exception {
    for (String file : GazetteerReader.REQUIRED) {
      Files.copy(FOLDER.resolve(file), folder.resolve(file));
    }
    Path fsas = folder.resolve(GazetteerReader.FSAS);
    List<String> lines = Files.readAllLines(fsas, StandardCharsets.UTF_8);
    String[] fields = lines.get(4).split(",", -1);
    fields[2] = "quarante-six"; // latitude
    lines.set(4, String.join(",", fields));
    Files.write(fsas, lines, StandardCharsets.UTF_8);

    assertThatThrownBy(() -> GazetteerReader.readFolder(folder))
        .isInstanceOf(GeographyLoadException.class)
        .hasMessageContaining("qc_fsa_centroids.csv, line 5")
        .hasMessageContaining("quarante-six");
  }

  @Test
  void aMissingFileIsNamed(@TempDir Path folder) throws Exception {
    Files.copy(
        FOLDER.resolve(GazetteerReader.MUNICIPALITIES),
        folder.resolve(GazetteerReader.MUNICIPALITIES));

    assertThatThrownBy(() -> GazetteerReader.readFolder(folder))
        .isInstanceOf(GeographyLoadException.class)
        .hasMessageContaining(GazetteerReader.REGIONS)
        .hasMessageContaining("not found");
  }

  @Test
  void theContentHashChangesWithTheContent(@TempDir Path folder) throws Exception {
    for (String file : GazetteerReader.REQUIRED) {
      Files.copy(FOLDER.resolve(file), folder.resolve(file));
    }
    Files.copy(FOLDER.resolve(GazetteerReader.BOROUGHS), folder.resolve(GazetteerReader.BOROUGHS));
    String original = GazetteerReader.readFolder(folder).contentHash();
    Files.writeString(
        folder.resolve(GazetteerReader.REGIONS),
        Files.readString(folder.resolve(GazetteerReader.REGIONS)).replace("Estrie", "Estrie "));

    assertThat(GazetteerReader.readFolder(FOLDER).contentHash()).isEqualTo(original);
    assertThat(GazetteerReader.readFolder(folder).contentHash()).isNotEqualTo(original);
  }

  private static List<String> suggestionsFor(String typed) {
    try {
      geography.resolve(typed);
      throw new AssertionError(typed + " resolved");
    } catch (UnknownPlaceException e) {
      return e.suggestions();
    }
  }
}
