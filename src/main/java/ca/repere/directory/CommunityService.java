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
    return toBuilder().internalNote(note).build();
  }

  public CommunityService withLifecycle(Lifecycle value) {
    return toBuilder().lifecycle(value).build();
  }

  public CommunityService withDescription(LocalizedText value) {
    return toBuilder().description(value).build();
  }

  public CommunityService withStatus(ServiceStatus value) {
    return toBuilder().status(value).build();
  }

  CommunityService stamped(Instant created, Instant updated, int newVersion) {
    return toBuilder().createdAt(created).updatedAt(updated).version(newVersion).build();
  }

  CommunityService verified(Instant at, String by) {
    return toBuilder().lastVerifiedAt(at).lastVerifiedBy(by).build();
  }

  /** A copy of this service to change some fields of, by name. */
  public Builder toBuilder() {
    return new Builder(this);
  }

  /** Builds a CommunityService field by field, so that callers name what they set. */
  public static final class Builder {
    private UUID id;
    private UUID organizationId;
    private UUID programId;
    private LocalizedText name;
    private LocalizedText alternateName;
    private LocalizedText description;
    private String url;
    private String email;
    private ServiceStatus status;
    private LocalizedText interpretationServices;
    private LocalizedText applicationProcess;
    private LocalizedText feesDescription;
    private LocalizedText waitTime;
    private LocalizedText accreditations;
    private LocalizedText eligibilityDescription;
    private Integer minimumAge;
    private Integer maximumAge;
    private LocalDate assuredDate;
    private String assurerEmail;
    private String licenses;
    private LocalizedText alert;
    private LocalDate startDate;
    private LocalDate endDate;
    private Lifecycle lifecycle;
    private String internalNote;
    private Instant lastVerifiedAt;
    private String lastVerifiedBy;
    private Instant createdAt;
    private Instant updatedAt;
    private int version;

    private Builder(CommunityService from) {
      this.id = from.id;
      this.organizationId = from.organizationId;
      this.programId = from.programId;
      this.name = from.name;
      this.alternateName = from.alternateName;
      this.description = from.description;
      this.url = from.url;
      this.email = from.email;
      this.status = from.status;
      this.interpretationServices = from.interpretationServices;
      this.applicationProcess = from.applicationProcess;
      this.feesDescription = from.feesDescription;
      this.waitTime = from.waitTime;
      this.accreditations = from.accreditations;
      this.eligibilityDescription = from.eligibilityDescription;
      this.minimumAge = from.minimumAge;
      this.maximumAge = from.maximumAge;
      this.assuredDate = from.assuredDate;
      this.assurerEmail = from.assurerEmail;
      this.licenses = from.licenses;
      this.alert = from.alert;
      this.startDate = from.startDate;
      this.endDate = from.endDate;
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

    public Builder organizationId(UUID value) {
      this.organizationId = value;
      return this;
    }

    public Builder programId(UUID value) {
      this.programId = value;
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

    public Builder url(String value) {
      this.url = value;
      return this;
    }

    public Builder email(String value) {
      this.email = value;
      return this;
    }

    public Builder status(ServiceStatus value) {
      this.status = value;
      return this;
    }

    public Builder interpretationServices(LocalizedText value) {
      this.interpretationServices = value;
      return this;
    }

    public Builder applicationProcess(LocalizedText value) {
      this.applicationProcess = value;
      return this;
    }

    public Builder feesDescription(LocalizedText value) {
      this.feesDescription = value;
      return this;
    }

    public Builder waitTime(LocalizedText value) {
      this.waitTime = value;
      return this;
    }

    public Builder accreditations(LocalizedText value) {
      this.accreditations = value;
      return this;
    }

    public Builder eligibilityDescription(LocalizedText value) {
      this.eligibilityDescription = value;
      return this;
    }

    public Builder minimumAge(Integer value) {
      this.minimumAge = value;
      return this;
    }

    public Builder maximumAge(Integer value) {
      this.maximumAge = value;
      return this;
    }

    public Builder assuredDate(LocalDate value) {
      this.assuredDate = value;
      return this;
    }

    public Builder assurerEmail(String value) {
      this.assurerEmail = value;
      return this;
    }

    public Builder licenses(String value) {
      this.licenses = value;
      return this;
    }

    public Builder alert(LocalizedText value) {
      this.alert = value;
      return this;
    }

    public Builder startDate(LocalDate value) {
      this.startDate = value;
      return this;
    }

    public Builder endDate(LocalDate value) {
      this.endDate = value;
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

    public CommunityService build() {
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
          createdAt,
          updatedAt,
          version);
    }
  }
}
