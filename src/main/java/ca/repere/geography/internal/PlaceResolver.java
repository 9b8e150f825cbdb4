package ca.repere.geography.internal;

import ca.repere.geography.Mrc;
import ca.repere.geography.Municipality;
import ca.repere.geography.Place;
import ca.repere.geography.PlaceType;
import ca.repere.geography.Region;
import ca.repere.geography.UnknownPlaceException;
import ca.repere.shared.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns what a person typed into a {@link Place}: coordinates, a postal code, an FSA, a code, then
 * names (municipality, borough, MRC, region), most precise first.
 */
final class PlaceResolver {

  static final Place PROVINCE =
      new Place(PlaceType.PROVINCE, "qc", "Tout le Québec", null, null, null, null);

  private static final Pattern COORDINATES =
      Pattern.compile("\\s*(-?\\d{1,2}(?:[.]\\d+)?)\\s*[,; ]\\s*(-?\\d{1,3}(?:[.]\\d+)?)\\s*");
  private static final Pattern POSTAL_CODE =
      Pattern.compile("\\s*([A-Za-z]\\d[A-Za-z])\\s*-?\\s*(\\d[A-Za-z]\\d)\\s*");
  private static final Pattern FSA = Pattern.compile("\\s*([A-Za-z]\\d[A-Za-z])\\s*");
  private static final Pattern TERRITORY =
      Pattern.compile(
          "\\s*(mun|mrc|region|région)\\s*:\\s*(\\d{1,5})\\s*", Pattern.CASE_INSENSITIVE);
  private static final Pattern DIGITS = Pattern.compile("\\s*(\\d{2,5})\\s*");

  /** "Saint-Jean (Montérégie)", "Saint-Jean, Montérégie". */
  private static final Pattern QUALIFIED = Pattern.compile("(.+?)\\s*(?:\\((.+)\\)|,(.+))\\s*");

  private static final List<String> MRC_WORDS =
      List.of("mrc", "rcm", "municipaliteregionaledecomte", "regionalcountymunicipality");
  private static final List<String> REGION_WORDS =
      List.of("regionadministrative", "region", "administrativeregion");
  private static final List<String> MUNICIPALITY_WORDS =
      List.of(
          "ville", "municipalite", "paroisse", "village", "canton", "city", "town", "municipality");

  /** What may link a kind word to the name: "MRC de La…", "région du…", "city of…". */
  private static final List<String> JOINERS =
      List.of(
          "", "de", "du", "des", "d", "dela", "del", "of", "ofthe", "the", "la", "le", "les", "l");

  private final PlaceIndex index;

  PlaceResolver(PlaceIndex index) {
    this.index = index;
  }

  Place resolve(String input) {
    if (input == null || input.isBlank()) {
      throw new IllegalArgumentException(
          "A place is required: a postal code, a municipality, coordinates…");
    }
    return bySyntax(input)
        .or(() -> byName(input))
        .orElseThrow(() -> new UnknownPlaceException(input.strip(), suggestions(input)));
  }

  /** Suggestions for the name itself when a qualifier was given: "Saint-Jean (Montérégie)". */
  private List<String> suggestions(String input) {
    Matcher qualified = QUALIFIED.matcher(input.strip());
    String name = qualified.matches() ? qualified.group(1) : input;
    return index.suggest(Names.key(name), 5);
  }

  private Optional<Place> bySyntax(String input) {
    Matcher m;
    if ((m = COORDINATES.matcher(input)).matches()) {
      return point(Double.parseDouble(m.group(1)), Double.parseDouble(m.group(2)));
    }
    if ((m = POSTAL_CODE.matcher(input)).matches()) {
      return postalCode((m.group(1) + m.group(2)).toUpperCase(Locale.ROOT));
    }
    if ((m = FSA.matcher(input)).matches()) {
      return index.fsa(m.group(1).toUpperCase(Locale.ROOT)).map(this::fsa);
    }
    if ((m = TERRITORY.matcher(input)).matches()) {
      return byCode(m.group(1).toLowerCase(Locale.ROOT).replace("é", "e"), m.group(2));
    }
    if ((m = DIGITS.matcher(input)).matches()) {
      String digits = m.group(1);
      return switch (digits.length()) {
        case 5 -> byCode("mun", digits);
        case 3 -> byCode("mrc", digits);
        case 2 -> byCode("region", digits).or(() -> byCode("mrc", digits));
        default -> Optional.empty();
      };
    }
    return Optional.empty();
  }

  private Optional<Place> byCode(String kind, String code) {
    return switch (kind) {
      case "mun" -> index.municipality(code).map(index::place);
      case "mrc" -> index.mrc(code).map(index::place);
      default -> index.region(code.length() == 1 ? "0" + code : code).map(index::place);
    };
  }

  private Optional<Place> point(double latitude, double longitude) {
    if (Math.abs(latitude) > 90 || Math.abs(longitude) > 180) {
      return Optional.empty();
    }
    GeoPoint point = new GeoPoint(latitude, longitude);
    Municipality nearest = index.nearest(point).orElse(null);
    // Coordinates far from every Québec municipality are a point outside the province.
    boolean inQuebec = nearest != null && nearest.point().distanceKm(point) < 150;
    return Optional.of(
        new Place(
            PlaceType.POINT,
            null,
            String.format(Locale.ROOT, "%.5f, %.5f", latitude, longitude),
            point,
            inQuebec ? nearest.code() : null,
            inQuebec ? nearest.mrcCode() : null,
            inQuebec ? nearest.regionCode() : null));
  }

  private Optional<Place> postalCode(String code) {
    String name = code.substring(0, 3) + " " + code.substring(3);
    Optional<Place> townHall =
        index
            .municipalityOfTownHall(code)
            .map(
                m ->
                    new Place(
                        PlaceType.POSTAL_CODE,
                        code,
                        name,
                        m.point(),
                        m.code(),
                        m.mrcCode(),
                        m.regionCode()));
    return townHall.or(
        () ->
            index
                .fsa(code.substring(0, 3))
                .map(this::fsa)
                .map(
                    fsa ->
                        new Place(
                            PlaceType.POSTAL_CODE,
                            code,
                            name,
                            fsa.point(),
                            fsa.municipalityCode(),
                            fsa.mrcCode(),
                            fsa.regionCode())));
  }

  private Place fsa(Fsa fsa) {
    Municipality municipality = municipalityOf(fsa).orElse(null);
    return new Place(
        PlaceType.FSA,
        fsa.code(),
        fsa.code(),
        fsa.point(),
        municipality == null ? null : municipality.code(),
        municipality == null ? null : municipality.mrcCode(),
        fsa.regionCode());
  }

  /**
   * An urban FSA lies within one city, the one nearest its centroid; a rural one ("G0E") spans many
   * villages, so it names a municipality only when a single town hall is in it.
   */
  private Optional<Municipality> municipalityOf(Fsa fsa) {
    if (!fsa.rural() && fsa.nearestMunicipalityCode() != null) {
      return index.municipality(fsa.nearestMunicipalityCode());
    }
    return fsa.townHallMunicipalityCodes().size() == 1
        ? index.municipality(fsa.townHallMunicipalityCodes().get(0))
        : Optional.empty();
  }

  private Optional<Place> byName(String input) {
    Matcher qualified = QUALIFIED.matcher(input.strip());
    if (qualified.matches()) {
      String qualifier = qualified.group(2) != null ? qualified.group(2) : qualified.group(3);
      Optional<Place> withQualifier = qualifiedName(qualified.group(1), qualifier);
      if (withQualifier.isPresent()) {
        return withQualifier;
      }
    }
    return name(Names.key(input));
  }

  private Optional<Place> name(String key) {
    if (key.isEmpty()) {
      return Optional.empty();
    }
    if (PlaceIndex.PROVINCE_KEYS.contains(key)) {
      return Optional.of(PROVINCE);
    }
    for (String rest : rests(key, MRC_WORDS)) {
      Optional<Place> mrc = first(index.mrcsByName().any(rest)).map(index::place);
      if (mrc.isPresent()) {
        return mrc;
      }
    }
    for (String rest : rests(key, REGION_WORDS)) {
      Optional<Place> region = first(index.regionsByName().any(rest)).map(index::place);
      if (region.isPresent()) {
        return region;
      }
    }
    Optional<Place> plain = plainName(key);
    if (plain.isPresent()) {
      return plain;
    }
    for (String rest : rests(key, MUNICIPALITY_WORDS)) {
      Optional<Place> municipality =
          first(index.municipalitiesByName().any(rest)).map(index::place);
      if (municipality.isPresent()) {
        return municipality;
      }
    }
    return Optional.empty();
  }

  /** Exact names first (municipality, borough, MRC, region), then names without their article. */
  private Optional<Place> plainName(String key) {
    return first(index.municipalitiesByName().exact(key))
        .map(index::place)
        .or(() -> first(index.citiesByBoroughName().exact(key)).map(index::place))
        .or(() -> first(index.mrcsByName().exact(key)).map(index::place))
        .or(() -> first(index.regionsByName().exact(key)).map(index::place))
        .or(() -> first(index.municipalitiesByName().bare(key)).map(index::place))
        .or(() -> first(index.citiesByBoroughName().bare(key)).map(index::place))
        .or(() -> first(index.mrcsByName().bare(key)).map(index::place))
        .or(() -> first(index.regionsByName().bare(key)).map(index::place));
  }

  private static <T> Optional<T> first(List<T> values) {
    return values.isEmpty() ? Optional.empty() : Optional.of(values.get(0));
  }

  /**
   * What is left of a key around a kind word: for "mrcdelahautegaspesie" and the word "mrc", the
   * candidates "delahautegaspesie", "lahautegaspesie", "hautegaspesie"…; for "quebeccity" and
   * "city", "quebec". Empty when the key neither starts nor ends with one of the words.
   */
  private static List<String> rests(String key, List<String> words) {
    List<String> rests = new ArrayList<>();
    for (String word : words) {
      if (key.startsWith(word) && key.length() > word.length()) {
        String rest = key.substring(word.length());
        for (String joiner : JOINERS) {
          if (rest.startsWith(joiner) && rest.length() > joiner.length()) {
            rests.add(rest.substring(joiner.length()));
          }
        }
      }
      if (key.endsWith(word) && key.length() > word.length()) {
        rests.add(key.substring(0, key.length() - word.length()));
      }
    }
    return rests;
  }

  /** "Saint-Jean (Montérégie)": the homonym in that region or MRC; "Gaspé, QC": just Gaspé. */
  private Optional<Place> qualifiedName(String name, String qualifier) {
    String qualifierKey = Names.key(qualifier);
    if (qualifierKey.equals("qc")
        || qualifierKey.equals("quebec")
        || qualifierKey.equals("canada")) {
      return name(Names.key(name));
    }
    Optional<Region> region =
        first(index.regionsByName().any(qualifierKey)).or(() -> index.region(qualifier.strip()));
    Optional<Mrc> mrc = first(index.mrcsByName().any(qualifierKey));
    return index.municipalitiesByName().any(Names.key(name)).stream()
        .filter(
            m ->
                region.map(r -> r.code().equals(m.regionCode())).orElse(false)
                    || mrc.map(x -> x.code().equals(m.mrcCode())).orElse(false))
        .findFirst()
        .map(index::place);
  }
}
