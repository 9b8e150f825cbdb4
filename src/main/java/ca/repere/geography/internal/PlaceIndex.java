package ca.repere.geography.internal;

import ca.repere.geography.Mrc;
import ca.repere.geography.Municipality;
import ca.repere.geography.Place;
import ca.repere.geography.PlaceType;
import ca.repere.geography.Region;
import ca.repere.shared.GeoPoint;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The in-memory indexes over a {@link Gazetteer}: places by code and by name key ({@link Names}),
 * built once so that resolving what a person typed is a few map look-ups.
 */
final class PlaceIndex {

  /** Other names people use for regions, as name keys. */
  private static final Map<String, String> REGION_ALIASES =
      Map.ofEntries(
          Map.entry("bassaintlaurent", "01"),
          Map.entry("saguenay lac saint jean", "02"),
          Map.entry("lacsaintjean", "02"),
          Map.entry("quebec region", "03"),
          Map.entry("regiondequebec", "03"),
          Map.entry("mauricie", "04"),
          Map.entry("cantonsdelest", "05"),
          Map.entry("easterntownships", "05"),
          Map.entry("abitibi", "08"),
          Map.entry("temiscamingue", "08"),
          Map.entry("northshore", "09"),
          Map.entry("jamesie", "10"),
          Map.entry("nunavik", "10"),
          Map.entry("northernquebec", "10"),
          Map.entry("gaspesie", "11"),
          Map.entry("gaspe peninsula", "11"),
          Map.entry("gaspepeninsula", "11"),
          Map.entry("beauce", "12"),
          Map.entry("southshore", "16"),
          Map.entry("rivesud", "16"),
          Map.entry("centreduquebec", "17"),
          Map.entry("boisfrancs", "17"));

  /** What people type for "the whole province", as name keys. */
  static final Set<String> PROVINCE_KEYS =
      Set.of(
          "qc",
          "province",
          "laprovince",
          "provincedequebec",
          "quebecprovince",
          "provinceofquebec",
          "toutlequebec",
          "partoutauquebec",
          "ensembleduquebec",
          "lensembleduquebec",
          "quebecentier",
          "lequebec",
          "allofquebec",
          "wholeprovince",
          "thewholeprovince",
          "provincewide",
          "quebecprovincewide");

  private final Gazetteer gazetteer;
  private final Map<String, Municipality> municipalitiesByCode;
  private final Map<String, Mrc> mrcsByCode;
  private final Map<String, Region> regionsByCode;
  private final NameMap<Municipality> municipalitiesByName = new NameMap<>();
  private final NameMap<Municipality> citiesByBoroughName = new NameMap<>();
  private final NameMap<Mrc> mrcsByName = new NameMap<>();
  private final NameMap<Region> regionsByName = new NameMap<>();
  private final Map<String, String> displayNames = new HashMap<>();
  private final Map<String, Municipality> mainMunicipalityOfMrc = new HashMap<>();
  private final Map<String, Municipality> mainMunicipalityOfRegion = new HashMap<>();
  private final List<Municipality> located;
  private final NearestMunicipality nearest;
  private final List<Suggestion> suggestions = new ArrayList<>();

  PlaceIndex(Gazetteer gazetteer) {
    this.gazetteer = gazetteer;
    this.municipalitiesByCode = byCode(gazetteer.municipalities(), Municipality::code);
    this.mrcsByCode = byCode(gazetteer.mrcs(), Mrc::code);
    this.regionsByCode = byCode(gazetteer.regions(), Region::code);
    this.located = gazetteer.municipalities().stream().filter(m -> m.point() != null).toList();
    this.nearest = new NearestMunicipality(located);
    indexMunicipalities();
    indexBoroughs();
    indexMrcs();
    indexRegions();
  }

  Gazetteer gazetteer() {
    return gazetteer;
  }

  private static <T> Map<String, T> byCode(List<T> items, Function<T, String> code) {
    return items.stream().collect(Collectors.toUnmodifiableMap(code, Function.identity()));
  }

  private void indexMunicipalities() {
    List<Municipality> byPopulation =
        gazetteer.municipalities().stream()
            .sorted(Comparator.comparingInt(Municipality::population).reversed())
            .toList();
    for (Municipality m : byPopulation) {
      municipalitiesByName.add(m.name(), m);
      if (m.point() != null) {
        if (m.mrcCode() != null) {
          mainMunicipalityOfMrc.putIfAbsent(m.mrcCode(), m);
        }
        mainMunicipalityOfRegion.putIfAbsent(m.regionCode(), m);
      }
    }
    for (Municipality m : byPopulation) {
      displayNames.put(m.code(), homonymAwareName(m));
      suggestions.add(new Suggestion(Names.key(m.name()), displayName(m), m.population()));
    }
  }

  private void indexBoroughs() {
    for (Borough borough : gazetteer.boroughs()) {
      Municipality city = municipalitiesByCode.get(borough.cityCode());
      if (city != null) {
        citiesByBoroughName.add(borough.name(), city);
        // "Rosemont" for Rosemont–La Petite-Patrie, "Sillery" for Sainte-Foy–Sillery–Cap-Rouge.
        for (String part : borough.name().split("–")) {
          citiesByBoroughName.add(part, city);
        }
        suggestions.add(
            new Suggestion(
                Names.key(borough.name()),
                borough.name() + " (" + city.name() + ")",
                city.population() / 20));
      }
    }
  }

  private void indexMrcs() {
    for (Mrc mrc : gazetteer.mrcs()) {
      mrcsByName.add(mrc.name(), mrc);
      suggestions.add(new Suggestion(Names.key(mrc.name()), mrcDisplayName(mrc), mrc.population()));
    }
  }

  private void indexRegions() {
    for (Region region : gazetteer.regions()) {
      regionsByName.add(region.name(), region);
      suggestions.add(new Suggestion(Names.key(region.name()), region.name(), region.population()));
    }
    REGION_ALIASES.forEach(
        (alias, code) -> {
          Region region = regionsByCode.get(code);
          if (region != null) {
            regionsByName.addKey(alias.replace(" ", ""), region);
            suggestions.add(
                new Suggestion(alias.replace(" ", ""), region.name(), region.population()));
          }
        });
  }

  /** A municipality's name, with its region when another municipality has the same name. */
  String displayName(Municipality m) {
    return displayNames.getOrDefault(m.code(), m.name());
  }

  private String homonymAwareName(Municipality m) {
    List<Municipality> homonyms = municipalitiesByName.exact(Names.key(m.name()));
    boolean ambiguous = homonyms.stream().anyMatch(h -> !h.regionCode().equals(m.regionCode()));
    return ambiguous ? m.name() + " (" + m.regionName() + ")" : m.name();
  }

  private static String mrcDisplayName(Mrc mrc) {
    return mrc.type().equals("MRC") ? "MRC " + mrc.name() : mrc.name();
  }

  Optional<Municipality> municipality(String code) {
    return Optional.ofNullable(municipalitiesByCode.get(code));
  }

  Optional<Mrc> mrc(String code) {
    return Optional.ofNullable(mrcsByCode.get(code));
  }

  Optional<Region> region(String code) {
    return Optional.ofNullable(regionsByCode.get(code));
  }

  Optional<Fsa> fsa(String code) {
    return Optional.ofNullable(gazetteer.fsas().get(code));
  }

  Optional<Municipality> municipalityOfTownHall(String postalCode) {
    return Optional.ofNullable(gazetteer.townHallPostalCodes().get(postalCode))
        .map(municipalitiesByCode::get);
  }

  /** Municipalities by name, the most populous first. */
  NameMap<Municipality> municipalitiesByName() {
    return municipalitiesByName;
  }

  /** The city of each borough, by the borough's name. */
  NameMap<Municipality> citiesByBoroughName() {
    return citiesByBoroughName;
  }

  NameMap<Mrc> mrcsByName() {
    return mrcsByName;
  }

  NameMap<Region> regionsByName() {
    return regionsByName;
  }

  /** The closest municipality that has a point. */
  Optional<Municipality> nearest(GeoPoint point) {
    return nearest.to(point);
  }

  /** The municipalities that have a point. */
  List<Municipality> located() {
    return located;
  }

  Place place(Municipality m) {
    return new Place(
        PlaceType.MUNICIPALITY,
        m.code(),
        displayName(m),
        m.point(),
        m.code(),
        m.mrcCode(),
        m.regionCode());
  }

  Place place(Mrc mrc) {
    Municipality main = mainMunicipalityOfMrc.get(mrc.code());
    return new Place(
        PlaceType.MRC,
        mrc.code(),
        mrcDisplayName(mrc),
        main == null ? null : main.point(),
        null,
        mrc.code(),
        mrc.regionCode());
  }

  Place place(Region region) {
    Municipality main = mainMunicipalityOfRegion.get(region.code());
    return new Place(
        PlaceType.REGION,
        region.code(),
        region.name(),
        main == null ? null : main.point(),
        null,
        null,
        region.code());
  }

  /**
   * Up to {@code limit} known names closest to the key: names starting with it first (most populous
   * first), then the nearest by edit distance.
   */
  List<String> suggest(String key, int limit) {
    Set<String> result = new LinkedHashSet<>();
    if (key.length() >= 2) {
      suggestions.stream()
          .filter(s -> s.key().startsWith(key))
          .sorted(Comparator.comparingInt(Suggestion::population).reversed())
          .map(Suggestion::display)
          .forEach(result::add);
    }
    int tolerance = Math.max(2, key.length() / 3);
    suggestions.stream()
        .filter(s -> Math.abs(s.key().length() - key.length()) <= tolerance)
        .map(s -> Map.entry(s, Names.distance(key, s.key())))
        .filter(e -> e.getValue() <= tolerance)
        .sorted(
            Comparator.<Map.Entry<Suggestion, Integer>>comparingInt(Map.Entry::getValue)
                .thenComparing(e -> -e.getKey().population()))
        .map(e -> e.getKey().display())
        .forEach(result::add);
    return result.stream().limit(limit).toList();
  }

  private record Suggestion(String key, String display, int population) {}
}
