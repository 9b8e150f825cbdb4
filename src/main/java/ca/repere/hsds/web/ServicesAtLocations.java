package ca.repere.hsds.web;

import ca.repere.directory.DirectoryQueries.PublishedServiceAtLocation;
import ca.repere.geography.Geography;
import ca.repere.geography.Place;
import ca.repere.shared.GeoPoint;
import java.util.List;

/**
 * The {@code postcode} and {@code proximity} filters of {@code /service_at_locations}, as HSDS
 * defines them: with a postcode alone, the services whose areas cover it (a service whose coverage
 * is unknown stays in: nothing says it does not serve there); with a proximity too, the locations
 * within that many metres of the postcode's centroid.
 */
final class ServicesAtLocations {

  private ServicesAtLocations() {}

  static List<PublishedServiceAtLocation> near(
      List<PublishedServiceAtLocation> all,
      Geography geography,
      String postcode,
      String proximity) {
    if (postcode == null || postcode.isBlank()) {
      if (proximity != null) {
        throw new BadParameter("proximity", proximity);
      }
      return all;
    }
    Place place =
        geography == null
            ? null
            : geography.tryResolve(postcode).filter(p -> p.point() != null).orElse(null);
    if (place == null) {
      throw new BadParameter("postcode", postcode);
    }
    if (proximity == null) {
      return all.stream()
          .filter(
              sal ->
                  sal.territories().isEmpty()
                      || sal.territories().stream().anyMatch(t -> geography.covers(t, place)))
          .toList();
    }
    double metres = metres(proximity);
    GeoPoint centre = place.point();
    return all.stream()
        .filter(sal -> sal.latitude() != null && sal.longitude() != null)
        .filter(
            sal ->
                centre.distanceKm(new GeoPoint(sal.latitude(), sal.longitude())) * 1000 <= metres)
        .toList();
  }

  private static double metres(String proximity) {
    try {
      double metres = Double.parseDouble(proximity.strip());
      if (metres >= 0 && Double.isFinite(metres)) {
        return metres;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    throw new BadParameter("proximity", proximity);
  }
}
