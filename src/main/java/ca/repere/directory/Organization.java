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
        null,
        null,
        null,
        null,
        lastVerifiedAt,
        null,
        createdAt,
        updatedAt,
        version);
  }

  public Organization withDescription(LocalizedText value) {
    return new Organization(
        id,
        name,
        alternateName,
        value,
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

  Organization stamped(Instant created, Instant updated, int newVersion) {
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
        created,
        updated,
        newVersion);
  }
}
