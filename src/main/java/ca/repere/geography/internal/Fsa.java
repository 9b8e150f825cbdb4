package ca.repere.geography.internal;

import ca.repere.shared.GeoPoint;
import java.util.List;

/**
 * A forward sortation area (the first three characters of a postal code) with its GeoNames
 * centroid. {@code nearestMunicipalityCode} is the closest populated municipality to the centroid
 * (an approximation); {@code townHallMunicipalityCodes} are the municipalities whose town hall has
 * a postal code in this FSA, most populous first.
 */
record Fsa(
    String code,
    String placeName,
    GeoPoint point,
    String regionCode,
    String nearestMunicipalityCode,
    List<String> townHallMunicipalityCodes) {

  /**
   * Rural FSAs ("G0E") cover many villages, so their centroid says little about the municipality.
   */
  boolean rural() {
    return code.charAt(1) == '0';
  }
}
