package ca.repere.search;

import ca.repere.shared.GeoPoint;
import java.util.UUID;

/**
 * One result: a service at a location, or a service without location (phone-only, virtual). The
 * page reads the service's details from the directory by {@code serviceId}; the hit carries what
 * ranking computed.
 *
 * @param distanceKm from the resolved place, null without a place or a location
 * @param point the location's point, null when none or confidential
 * @param servesPlace the service's areas contain the place (always true without a place)
 * @param mayServePlace the place spans several municipalities (a rural FSA, an MRC, a region) and
 *     the service serves some of them: "may serve you"
 * @param card what the result line shows, as indexed (null when the index holds none: read the
 *     directory then)
 */
public record SearchHit(
    UUID serviceId,
    UUID locationId,
    double score,
    Double distanceKm,
    GeoPoint point,
    boolean servesPlace,
    boolean mayServePlace,
    ResultCard card) {

  public SearchHit(
      UUID serviceId,
      UUID locationId,
      double score,
      Double distanceKm,
      GeoPoint point,
      boolean servesPlace,
      boolean mayServePlace) {
    this(serviceId, locationId, score, distanceKm, point, servesPlace, mayServePlace, null);
  }

  public SearchHit(
      UUID serviceId,
      UUID locationId,
      double score,
      Double distanceKm,
      GeoPoint point,
      boolean servesPlace) {
    this(serviceId, locationId, score, distanceKm, point, servesPlace, false, null);
  }
}
