package ca.repere.geography.internal;

import ca.repere.geography.Municipality;
import ca.repere.geography.Place;
import ca.repere.geography.PlaceType;
import ca.repere.shared.GeoPoint;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a service area ("qc", "region:11", "mrc:040", "mun:04015", "radius:lat,lon,km") covers a
 * place (serves all of it) or overlaps it (serves at least part of it).
 */
final class Coverage {

  private static final Pattern TERRITORY =
      Pattern.compile("(region|mrc|mun):(\\d{1,5})|qc|radius:(-?[\\d.]+),(-?[\\d.]+),([\\d.]+)");
  private static final Set<PlaceType> WIDER_THAN_MRC =
      EnumSet.of(PlaceType.PROVINCE, PlaceType.REGION);
  private static final Set<PlaceType> WIDER_THAN_MUNICIPALITY =
      EnumSet.of(PlaceType.PROVINCE, PlaceType.REGION, PlaceType.MRC);

  private final PlaceIndex index;

  Coverage(PlaceIndex index) {
    this.index = index;
  }

  /** A territory in its canonical form ("region:01", lower case), empty when malformed. */
  static Optional<String> canonical(String territory) {
    if (territory == null) {
      return Optional.empty();
    }
    String t = territory.strip().toLowerCase(Locale.ROOT).replace(" ", "");
    Matcher m = TERRITORY.matcher(t);
    if (!m.matches()) {
      return Optional.empty();
    }
    if ("region".equals(m.group(1)) && m.group(2).length() <= 2) {
      return Optional.of("region:" + (m.group(2).length() == 1 ? "0" : "") + m.group(2));
    }
    if (m.group(3) != null) {
      try {
        new GeoPoint(Double.parseDouble(m.group(3)), Double.parseDouble(m.group(4)));
        Double.parseDouble(m.group(5));
      } catch (IllegalArgumentException e) {
        return Optional.empty();
      }
    }
    return Optional.of(t);
  }

  boolean covers(String territory, Place place) {
    if (place == null) {
      return false;
    }
    return canonical(territory).map(t -> covers(t.split(":", 2), place)).orElse(false);
  }

  private boolean covers(String[] territory, Place place) {
    return switch (territory[0]) {
      case "qc" -> place.type() == PlaceType.PROVINCE || place.regionCode() != null;
      case "region" ->
          place.type() != PlaceType.PROVINCE && territory[1].equals(place.regionCode());
      case "mrc" -> !WIDER_THAN_MRC.contains(place.type()) && territory[1].equals(place.mrcCode());
      case "mun" ->
          !WIDER_THAN_MUNICIPALITY.contains(place.type())
              && territory[1].equals(place.municipalityCode());
      case "radius" ->
          !WIDER_THAN_MUNICIPALITY.contains(place.type())
              && place.point() != null
              && radius(territory[1]).contains(place.point());
      default -> false;
    };
  }

  /**
   * Whether the territory serves at least part of the place: it covers the place, or the place (a
   * region, an MRC, the province, a rural FSA) contains some of the territory.
   */
  boolean overlaps(String territory, Place place) {
    if (place == null) {
      return false;
    }
    Optional<String> canonical = canonical(territory);
    if (canonical.isEmpty()) {
      return false;
    }
    String[] t = canonical.get().split(":", 2);
    return covers(t, place) || contains(place, t);
  }

  private boolean contains(Place place, String[] territory) {
    return switch (place.type()) {
      case PROVINCE -> true;
      case REGION, MRC -> someMunicipality(territory, place);
      case FSA, POSTAL_CODE ->
          index
              .fsa(place.code().substring(0, 3))
              .map(
                  fsa ->
                      territory[0].equals("mun")
                          && fsa.townHallMunicipalityCodes().contains(territory[1]))
              .orElse(false);
      default -> false;
    };
  }

  /** Whether a municipality of the region or MRC lies in the territory. */
  private boolean someMunicipality(String[] territory, Place place) {
    return switch (territory[0]) {
      case "mun" -> index.municipality(territory[1]).map(m -> within(m, place)).orElse(false);
      case "mrc" ->
          index
              .mrc(territory[1])
              .map(
                  mrc ->
                      place.type() == PlaceType.REGION
                          && mrc.regionCode().equals(place.regionCode()))
              .orElse(false);
      case "radius" -> {
        Radius radius = radius(territory[1]);
        yield index.located().stream()
            .anyMatch(m -> within(m, place) && radius.contains(m.point()));
      }
      default -> false;
    };
  }

  private static boolean within(Municipality m, Place place) {
    return place.type() == PlaceType.REGION
        ? m.regionCode().equals(place.regionCode())
        : place.mrcCode().equals(m.mrcCode());
  }

  private static Radius radius(String value) {
    String[] parts = value.split(",");
    return new Radius(
        new GeoPoint(Double.parseDouble(parts[0]), Double.parseDouble(parts[1])),
        Double.parseDouble(parts[2]));
  }

  private record Radius(GeoPoint centre, double km) {
    boolean contains(GeoPoint point) {
      return centre.distanceKm(point) <= km;
    }
  }
}
