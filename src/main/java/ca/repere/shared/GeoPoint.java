package ca.repere.shared;

/** A WGS84 point in decimal degrees. */
public record GeoPoint(double latitude, double longitude) {

  private static final double EARTH_RADIUS_KM = 6371.0088;

  public GeoPoint {
    if (latitude < -90 || latitude > 90 || Double.isNaN(latitude)) {
      throw new IllegalArgumentException("latitude must be between -90 and 90: " + latitude);
    }
    if (longitude < -180 || longitude > 180 || Double.isNaN(longitude)) {
      throw new IllegalArgumentException("longitude must be between -180 and 180: " + longitude);
    }
  }

  /** Great-circle (haversine) distance in kilometres. */
  public double distanceKm(GeoPoint other) {
    double dLat = Math.toRadians(other.latitude - latitude);
    double dLon = Math.toRadians(other.longitude - longitude);
    double a =
        Math.pow(Math.sin(dLat / 2), 2)
            + Math.cos(Math.toRadians(latitude))
                * Math.cos(Math.toRadians(other.latitude))
                * Math.pow(Math.sin(dLon / 2), 2);
    return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
  }
}
