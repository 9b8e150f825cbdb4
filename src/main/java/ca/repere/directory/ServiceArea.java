package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.util.UUID;

/**
 * HSDS service area. {@code territory} is the geography's form of the area ("qc", "region:11",
 * "mrc:040", "mun:04015", "radius:lat,lon,km"), resolved from {@code name}; null when the name
 * could not be resolved (coverage unknown, never assumed province-wide).
 */
public record ServiceArea(
    UUID id,
    UUID serviceId,
    UUID serviceAtLocationId,
    String name,
    LocalizedText description,
    String extent,
    String extentType,
    String uri,
    String territory) {}
