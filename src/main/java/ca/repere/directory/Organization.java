package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.time.Instant;
import java.util.UUID;

/**
 * HSDS organization. {@code internalNote} and the {@code privateContact*} fields (the person who
 * verifies the record) are staff only.
 */
public record Organization(
    UUID id,
    LocalizedText name,
    LocalizedText alternateName,
    LocalizedText description,
    String email,
    String website,
    String taxStatus,
    String taxId,
    Integer yearIncorporated,
    String legalStatus,
    String logo,
    String uri,
    UUID parentOrganizationId,
    Lifecycle lifecycle,
    boolean trusted,
    String internalNote,
    String privateContactName,
    String privateContactEmail,
    String privateContactPhone,
    Instant lastVerifiedAt,
    String lastVerifiedBy,
    Instant createdAt,
    Instant updatedAt,
    int version) {

  public static Organization named(UUID id, LocalizedText name) {
    return new Organization(
        id,
        name,
        LocalizedText.EMPTY,
        LocalizedText.EMPTY,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        Lifecycle.PUBLISHED,
        false,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  public boolean isPublished() {
    return lifecycle == Lifecycle.PUBLISHED;
  }

  /** The organization as the public may see it: staff-only fields removed. */
  public Organization publicView() {
    return toBuilder()
        .internalNote(null)
        .privateContactName(null)
        .privateContactEmail(null)
        .privateContactPhone(null)
        .lastVerifiedBy(null)
        .build();
  }

  public Organization withDescription(LocalizedText value) {
    return toBuilder().description(value).build();
  }

  Organization stamped(Instant created, Instant updated, int newVersion) {
    return toBuilder().createdAt(created).updatedAt(updated).version(newVersion).build();
  }

  /** A copy of this organization to change some fields of, by name. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a Organization field by field, so that callers name what they set. */
  public static final class Builder {
    private UUID id;
    private LocalizedText name;
    private LocalizedText alternateName;
    private LocalizedText description;
    private String email;
    private String website;
    private String taxStatus;
    private String taxId;
    private Integer yearIncorporated;
    private String legalStatus;
    private String logo;
    private String uri;
    private UUID parentOrganizationId;
    private Lifecycle lifecycle;
    private boolean trusted;
    private String internalNote;
    private String privateContactName;
    private String privateContactEmail;
    private String privateContactPhone;
    private Instant lastVerifiedAt;
    private String lastVerifiedBy;
    private Instant createdAt;
    private Instant updatedAt;
    private int version;

    private Builder(Organization from) {
      this.id = from.id;
      this.name = from.name;
      this.alternateName = from.alternateName;
      this.description = from.description;
      this.email = from.email;
      this.website = from.website;
      this.taxStatus = from.taxStatus;
      this.taxId = from.taxId;
      this.yearIncorporated = from.yearIncorporated;
      this.legalStatus = from.legalStatus;
      this.logo = from.logo;
      this.uri = from.uri;
      this.parentOrganizationId = from.parentOrganizationId;
      this.lifecycle = from.lifecycle;
      this.trusted = from.trusted;
      this.internalNote = from.internalNote;
      this.privateContactName = from.privateContactName;
      this.privateContactEmail = from.privateContactEmail;
      this.privateContactPhone = from.privateContactPhone;
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

    public Builder email(String value) {
      this.email = value;
      return this;
    }

    public Builder website(String value) {
      this.website = value;
      return this;
    }

    public Builder taxStatus(String value) {
      this.taxStatus = value;
      return this;
    }

    public Builder taxId(String value) {
      this.taxId = value;
      return this;
    }

    public Builder yearIncorporated(Integer value) {
      this.yearIncorporated = value;
      return this;
    }

    public Builder legalStatus(String value) {
      this.legalStatus = value;
      return this;
    }

    public Builder logo(String value) {
      this.logo = value;
      return this;
    }

    public Builder uri(String value) {
      this.uri = value;
      return this;
    }

    public Builder parentOrganizationId(UUID value) {
      this.parentOrganizationId = value;
      return this;
    }

    public Builder lifecycle(Lifecycle value) {
      this.lifecycle = value;
      return this;
    }

    public Builder trusted(boolean value) {
      this.trusted = value;
      return this;
    }

    public Builder internalNote(String value) {
      this.internalNote = value;
      return this;
    }

    public Builder privateContactName(String value) {
      this.privateContactName = value;
      return this;
    }

    public Builder privateContactEmail(String value) {
      this.privateContactEmail = value;
      return this;
    }

    public Builder privateContactPhone(String value) {
      this.privateContactPhone = value;
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

    public Organization build() {
      return new Organization(
          id,
          name,
          alternateName,
          description,
          email,
          website,
          taxStatus,
          taxId,
          yearIncorporated,
          legalStatus,
          logo,
          uri,
          parentOrganizationId,
          lifecycle,
          trusted,
          internalNote,
          privateContactName,
          privateContactEmail,
          privateContactPhone,
          lastVerifiedAt,
          lastVerifiedBy,
          createdAt,
          updatedAt,
          version);
    }
  }
}
