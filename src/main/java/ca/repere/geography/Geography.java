package ca.repere.geography;

import java.util.List;
import java.util.Optional;

/**
 * The module's public API. Territories are written as in {@code directory.service_area.territory}:
 * "qc" (province-wide), "region:11", "mrc:040", "mun:04015", "radius:lat,lon,km".
 */
public interface Geography {

  /** Message key (geography bundle) for blank input, the {@link IllegalArgumentException} case. */
  String BLANK_INPUT_MESSAGE_KEY = "geography.blank";

  /**
   * Resolves what a person typed: a postal code ("G0E 1V0", "g0e1v0"), an FSA ("G0E"), a
   * municipality name with or without accents, hyphens or "St/Ste" abbreviations ("mont
   * st-pierre"), a municipality code ("04015"), an MRC or region name, or coordinates
   * ("49.22,-65.81").
   *
   * @throws UnknownPlaceException with the closest suggestions when nothing matches
   * @throws IllegalArgumentException when the input is blank
   */
  Place resolve(String input);

  /** Like {@link #resolve} but empty instead of throwing. */
  Optional<Place> tryResolve(String input);

  /** Whether the territory (see the class comment) covers the place; false when unknown. */
  boolean covers(String territory, Place place);

  /**
   * The territory form ("mun:04015", "mrc:040", "region:11", "qc") of a service area's name such as
   * "Mont-Saint-Pierre", "MRC de La Haute-Gaspésie", "Gaspésie", "Tout le Québec"; empty when the
   * name cannot be resolved.
   */
  Optional<String> territoryOf(String areaName);

  /** Every municipality, in code order. */
  List<Municipality> municipalities();

  /** The 17 regions, in code order. */
  List<Region> regions();

  Optional<Municipality> municipality(String code);

  Optional<Region> region(String code);

  /**
   * Whether the territory serves at least part of the place: it {@linkplain #covers covers} it, or
   * the place is wider (a region, an MRC, the province, a rural FSA) and holds part of the
   * territory — "serves part of this region".
   */
  boolean overlaps(String territory, Place place);

  /** Every MRC and equivalent territory, in code order. */
  List<Mrc> mrcs();

  Optional<Mrc> mrc(String code);

  /**
   * Where the data came from: the geography folder's absolute path, or "fallback" for the small
   * built-in gazetteer.
   */
  String source();

  /** The 17 regions' outlines as a GeoJSON FeatureCollection (simplified), for maps. */
  String regionOutlinesGeoJson();
}
