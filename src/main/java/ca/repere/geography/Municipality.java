package ca.repere.geography;

import ca.repere.shared.GeoPoint;

/**
 * A municipality (or equivalent entity) of the MAMH Répertoire. {@code point} is null for the few
 * uninhabited entities that have none; {@code mrcCode} is the MRC or equivalent territory code.
 */
public record Municipality(
    String code,
    String name,
    String mrcCode,
    String mrcName,
    String regionCode,
    String regionName,
    int population,
    GeoPoint point) {}
