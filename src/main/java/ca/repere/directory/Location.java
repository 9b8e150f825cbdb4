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

  /** A published physical location of an organization at a point (null when not known yet). */
  public static Location physical(UUID id, UUID organizationId, GeoPoint point) {
    LocalizedText e = LocalizedText.EMPTY;
    return new Location(
        id,
        "physical",
        null,
        organizationId,
        e,
        e,
        e,
        e,
        point == null ? null : point.latitude(),
        point == null ? null : point.longitude(),
        null,
        null,
        false,
        null,
        Lifecycle.PUBLISHED,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  public GeoPoint point() {
    return latitude == null || longitude == null ? null : new GeoPoint(latitude, longitude);
  }

  public boolean isVirtual() {
    return "virtual".equals(locationType);
  }

  /** What the public may see: no point and no note for a confidential location. */
  public Location publicView() {
    Builder view = toBuilder().internalNote(null).lastVerifiedBy(null);
    return confidential ? view.latitude(null).longitude(null).build() : view.build();
  }

  Location stamped(Instant created, Instant updated, int newVersion) {
    return toBuilder().createdAt(created).updatedAt(updated).version(newVersion).build();
  }

  /** A copy of this location to change some fields of, by name. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a Location field by field, so that callers name what they set. */
  public static final class Builder {
    private UUID id;
    private String locationType;
    private String url;
    private UUID organizationId;
    private LocalizedText name;
    private LocalizedText alternateName;
    private LocalizedText description;
    private LocalizedText transportation;
    private Double latitude;
    private Double longitude;
    private String externalIdentifier;
    private String externalIdentifierType;
    private boolean confidential;
    private String municipalityCode;
    private Lifecycle lifecycle;
    private String internalNote;
    private Instant lastVerifiedAt;
    private String lastVerifiedBy;
    private Instant createdAt;
    private Instant updatedAt;
    private int version;

    private Builder(Location from) {
      this.id = from.id;
      this.locationType = from.locationType;
      this.url = from.url;
      this.organizationId = from.organizationId;
      this.name = from.name;
      this.alternateName = from.alternateName;
      this.description = from.description;
      this.transportation = from.transportation;
      this.latitude = from.latitude;
      this.longitude = from.longitude;
      this.externalIdentifier = from.externalIdentifier;
      this.externalIdentifierType = from.externalIdentifierType;
      this.confidential = from.confidential;
      this.municipalityCode = from.municipalityCode;
      this.lifecycle = from.lifecycle;
      this.internalNote = from.internalNote;
      this.lastVerifiedAt = from.lastVerifiedAt;
      this.lastVerifiedBy = from.lastVerifiedBy;
      this.createdAt = from.createdAt;
      this.updatedAt = from.updatedAt;
      this.version = from.version;
    }

    public Builder id(UUID value) {
      this.id = value;
      return this;
    }

    public Builder locationType(String value) {
      this.locationType = value;
      return this;
    }

    public Builder url(String value) {
      this.url = value;
      return this;
    }

    public Builder organizationId(UUID value) {
      this.organizationId = value;
      return this;
    }

    public Builder name(LocalizedText value) {
      this.name = value;
      return this;
    }

    public Builder alternateName(LocalizedText value) {
      this.alternateName = value;
      return this;
    }

    public Builder description(LocalizedText value) {
      this.description = value;
      return this;
    }

    public Builder transportation(LocalizedText value) {
      this.transportation = value;
      return this;
    }

    public Builder latitude(Double value) {
      this.latitude = value;
      return this;
    }

    public Builder longitude(Double value) {
      this.longitude = value;
      return this;
    }

    public Builder externalIdentifier(String value) {
      this.externalIdentifier = value;
      return this;
    }

    public Builder externalIdentifierType(String value) {
      this.externalIdentifierType = value;
      return this;
    }

    public Builder confidential(boolean value) {
      this.confidential = value;
      return this;
    }

    public Builder municipalityCode(String value) {
      this.municipalityCode = value;
      return this;
    }

    public Builder lifecycle(Lifecycle value) {
      this.lifecycle = value;
      return this;
    }

    public Builder internalNote(String value) {
      this.internalNote = value;
      return this;
    }

    public Builder lastVerifiedAt(Instant value) {
      this.lastVerifiedAt = value;
      return this;
    }

    public Builder lastVerifiedBy(String value) {
      this.lastVerifiedBy = value;
      return this;
    }

    public Builder createdAt(Instant value) {
      this.createdAt = value;
      return this;
    }

    public Builder updatedAt(Instant value) {
      this.updatedAt = value;
      return this;
    }

    public Builder version(int value) {
      this.version = value;
      return this;
    }

    public Location build() {
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
          createdAt,
          updatedAt,
          version);
    }
  }
}
