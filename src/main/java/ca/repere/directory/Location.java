package ca.repere.directory;

import ca.repere.shared.GeoPoint;
import ca.repere.shared.LocalizedText;
import java.time.Instant;
import java.util.UUID;

/**
 * HSDS location. A confidential location (a shelter for women fleeing violence) never shows its
 * address or point in public. {@code municipalityCode} is resolved from the address by geography.
 */
public record Location(
    UUID id,
    String locationType,
    String url,
    UUID organizationId,
    LocalizedText name,
    LocalizedText alternateName,
    LocalizedText description,
    LocalizedText transportation,
    Double latitude,
    Double longitude,
    String externalIdentifier,
    String externalIdentifierType,
    boolean confidential,
    String municipalityCode,
    Lifecycle lifecycle,
    String internalNote,
    Instant lastVerifiedAt,
    String lastVerifiedBy,
    Instant createdAt,
    Instant updatedAt,
    int version) {

  public GeoPoint point() {
    return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
  }

  public boolean isVirtual() {
    return "virtual".equals(locationType);
  }

  /** What the public may see: no point and no note for a confidential location. */
  public Location publicView() {
    return new Location(
        id,
        locationType,
        url,
        organizationId,
        name,
        alternateName,
        description,
        transportation,
        confidential ? null : latitude,
        confidential ? null : longitude,
        externalIdentifier,
        externalIdentifierType,
        confidential,
        municipalityCode,
        lifecycle,
        null,
        lastVerifiedAt,
        null,
        createdAt,
        updatedAt,
        version);
  }

  Location stamped(Instant created, Instant updated, int newVersion) {
    return new Location(
        id,
        locationType,
        url,
        organizationId,
        name,
        alternateName,
        description,
        transportation,
        latitude,
        longitude,
        externalIdentifier,
        externalIdentifierType,
        confidential,
        municipalityCode,
        lifecycle,
        internalNote,
        lastVerifiedAt,
        lastVerifiedBy,
        created,
        updated,
        newVersion);
  }
}
