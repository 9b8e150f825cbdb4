package ca.repere.geography;

import ca.repere.shared.GeoPoint;

/**
 * A resolved place. {@code point} is where distances are measured from (a municipality's
 * representative point, an FSA centroid, typed coordinates; for an MRC or region, its most populous
 * municipality); {@code municipalityCode}, {@code mrcCode} and {@code regionCode} are what the
 * place lies in, null when unknown or not applicable (a region has no MRC).
 *
 * @param code the place's own code: municipality code "04015", MRC "040", region "11", FSA "G0E",
 *     normalized postal code "G0E1V0", "qc" for the province, null for a point
 * @param name display name ("Mont-Saint-Pierre", "G0E 1V0", "Gaspésie–Îles-de-la-Madeleine")
 */
public record Place(
    PlaceType type,
    String code,
    String name,
    GeoPoint point,
    String municipalityCode,
    String mrcCode,
    String regionCode) {}
