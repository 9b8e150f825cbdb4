package ca.repere.geography.internal;

import ca.repere.geography.Mrc;
import ca.repere.geography.Municipality;
import ca.repere.geography.Place;
import ca.repere.geography.PlaceType;
import ca.repere.geography.Region;
import ca.repere.geography.UnknownPlaceException;
import ca.repere.shared.GeoPoint;
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
      new Place(PlaceType.PROVINCE, "qc", "Québec", null, null, null, null);

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

  private static final Pattern MRC_PREFIX =
      Pattern.compile("^(?:mrc|rcm|municipaliteregionaledecomte)(?:de|du|des|d)?");
  private static final Pattern REGION_PREFIX =
      Pattern.compile("^(?:region|regionadministrative)(?:de|du|des|d)(?!$)");
  private static final Pattern PLACE_PREFIX =
      Pattern.compile(
          "^(?:villede|villedu|municipalitede|municipalitedu|paroissede|villagede|cantonde|cityof|townof|municipalityof)(?!$)");

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
        .orElseThrow(
            () -> new UnknownPlaceException(input.strip(), index.suggest(Names.key(input), 5)));
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
    Matcher mrc = MRC_PREFIX.matcher(key);
    if (mrc.find() && mrc.end() < key.length()) {
      return index.mrcNamed(key.substring(mrc.end())).map(index::place);
    }
    Matcher region = REGION_PREFIX.matcher(key);
    if (region.find()) {
      String rest = key.substring(region.end());
      return index.regionNamed(rest).or(() -> index.regionNamed("la" + rest)).map(index::place);
    }
    return plainName(key)
        .or(
            () -> {
              Matcher prefix = PLACE_PREFIX.matcher(key);
              return prefix.find() ? plainName(key.substring(prefix.end())) : Optional.empty();
            });
  }

  private Optional<Place> plainName(String key) {
    List<Municipality> municipalities = index.municipalitiesNamed(key);
    if (!municipalities.isEmpty()) {
      return Optional.of(index.place(municipalities.get(0)));
    }
    return index
        .cityOfBorough(key)
        .map(index::place)
        .or(() -> index.mrcNamed(key).map(index::place))
        .or(() -> index.regionNamed(key).map(index::place));
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
        index.regionNamed(qualifierKey).or(() -> index.region(qualifier.strip()));
    Optional<Mrc> mrc = index.mrcNamed(qualifierKey);
    return index.municipalitiesNamed(Names.key(name)).stream()
        .filter(
            m ->
                region.map(r -> r.code().equals(m.regionCode())).orElse(false)
                    || mrc.map(x -> x.code().equals(m.mrcCode())).orElse(false))
        .findFirst()
        .map(index::place);
  }
}
