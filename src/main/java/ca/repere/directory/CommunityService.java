package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * HSDS service. A time-limited project ("projet ponctuel") has a start and an end date and leaves
 * public view after its end. {@code internalNote} is staff only.
 */
public record CommunityService(
    UUID id,
    UUID organizationId,
    UUID programId,
    LocalizedText name,
    LocalizedText alternateName,
    LocalizedText description,
    String url,
    String email,
    ServiceStatus status,
    LocalizedText interpretationServices,
    LocalizedText applicationProcess,
    LocalizedText feesDescription,
    LocalizedText waitTime,
    LocalizedText accreditations,
    LocalizedText eligibilityDescription,
    Integer minimumAge,
    Integer maximumAge,
    LocalDate assuredDate,
    String assurerEmail,
    String licenses,
    LocalizedText alert,
    LocalDate startDate,
    LocalDate endDate,
    Lifecycle lifecycle,
    String internalNote,
    Instant lastVerifiedAt,
    String lastVerifiedBy,
    Instant createdAt,
    Instant updatedAt,
    int version) {

  public static CommunityService named(UUID id, UUID organizationId, LocalizedText name) {
    LocalizedText e = LocalizedText.EMPTY;
    return new CommunityService(
        id,
        organizationId,
        null,
        name,
        e,
        e,
        null,
        null,
        ServiceStatus.ACTIVE,
        e,
        e,
        e,
        e,
        e,
        e,
        null,
        null,
        null,
        null,
        null,
        e,
        null,
        null,
        Lifecycle.PUBLISHED,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  public boolean isProject() {
    return endDate != null;
  }

  /** Whether the public may see it on a given day: published, active, and within its dates. */
  public boolean isPublicOn(LocalDate day) {
    return lifecycle == Lifecycle.PUBLISHED
        && status == ServiceStatus.ACTIVE
        && (endDate == null || !day.isAfter(endDate));
  }

  public CommunityService withoutInternalNote() {
    return withInternalNote(null);
  }

  public CommunityService withInternalNote(String note) {
    return new CommunityService(
        id,
        organizationId,
        programId,
        name,
        alternateName,
        description,
        url,
        email,
        status,
        interpretationServices,
        applicationProcess,
        feesDescription,
        waitTime,
        accreditations,
        eligibilityDescription,
        minimumAge,
        maximumAge,
        assuredDate,
        assurerEmail,
        licenses,
        alert,
        startDate,
        endDate,
        lifecycle,
        note,
        lastVerifiedAt,
        lastVerifiedBy,
        createdAt,
        updatedAt,
        version);
  }

  public CommunityService withLifecycle(Lifecycle value) {
    return new CommunityService(
        id,
        organizationId,
        programId,
        name,
        alternateName,
        description,
        url,
        email,
        status,
        interpretationServices,
        applicationProcess,
        feesDescription,
        waitTime,
        accreditations,
        eligibilityDescription,
        minimumAge,
        maximumAge,
        assuredDate,
        assurerEmail,
        licenses,
        alert,
        startDate,
        endDate,
        value,
        internalNote,
        lastVerifiedAt,
        lastVerifiedBy,
        createdAt,
        updatedAt,
        version);
  }

  public CommunityService withDescription(LocalizedText value) {
    return new CommunityService(
        id,
        organizationId,
        programId,
        name,
        alternateName,
        value,
        url,
        email,
        status,
        interpretationServices,
        applicationProcess,
        feesDescription,
        waitTime,
        accreditations,
        eligibilityDescription,
        minimumAge,
        maximumAge,
        assuredDate,
        assurerEmail,
        licenses,
        alert,
        startDate,
        endDate,
        lifecycle,
        internalNote,
        lastVerifiedAt,
        lastVerifiedBy,
        createdAt,
        updatedAt,
        version);
  }

  public CommunityService withStatus(ServiceStatus value) {
    return new CommunityService(
        id,
        organizationId,
        programId,
        name,
        alternateName,
        description,
        url,
        email,
        value,
        interpretationServices,
        applicationProcess,
        feesDescription,
        waitTime,
        accreditations,
        eligibilityDescription,
        minimumAge,
        maximumAge,
        assuredDate,
        assurerEmail,
        licenses,
        alert,
        startDate,
        endDate,
        lifecycle,
        internalNote,
        lastVerifiedAt,
        lastVerifiedBy,
        createdAt,
        updatedAt,
        version);
  }

  CommunityService stamped(Instant created, Instant updated, int newVersion) {
    return new CommunityService(
        id,
        organizationId,
        programId,
        name,
        alternateName,
        description,
        url,
        email,
        status,
        interpretationServices,
        applicationProcess,
        feesDescription,
        waitTime,
        accreditations,
        eligibilityDescription,
        minimumAge,
        maximumAge,
        assuredDate,
        assurerEmail,
        licenses,
        alert,
        startDate,
        endDate,
        lifecycle,
        internalNote,
        lastVerifiedAt,
        lastVerifiedBy,
        created,
        updated,
        newVersion);
  }

  CommunityService verified(Instant at, String by) {
    return new CommunityService(
        id,
        organizationId,
        programId,
        name,
        alternateName,
        description,
        url,
        email,
        status,
        interpretationServices,
        applicationProcess,
        feesDescription,
        waitTime,
        accreditations,
        eligibilityDescription,
        minimumAge,
        maximumAge,
        assuredDate,
        assurerEmail,
        licenses,
        alert,
        startDate,
        endDate,
        lifecycle,
        internalNote,
        at,
        by,
        createdAt,
        updatedAt,
        version);
  }
}
