package ca.repere.curation;

import java.time.Instant;
import java.util.UUID;

/**
 * A change an organization proposed to one of its services, or a new service or project ({@code
 * isNew}), with its review.
 */
public record Revision(
    UUID id,
    UUID organizationId,
    UUID serviceId,
    boolean isNew,
    Integer baseVersion,
    ServiceDraft draft,
    Status status,
    String submittedBy,
    ca.repere.shared.Lang submitterLang,
    Instant submittedAt,
    String reviewedBy,
    Instant reviewedAt,
    String reviewComment) {

  /** Where a revision stands; editors see it beside each of their revisions. */
  public enum Status {
    PENDING,
    APPROVED,
    REJECTED;

    public String code() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  Revision withBaseVersion(Integer version) {
    return new Revision(
        id,
        organizationId,
        serviceId,
        isNew,
        version,
        draft,
        status,
        submittedBy,
        submitterLang,
        submittedAt,
        reviewedBy,
        reviewedAt,
        reviewComment);
  }

  /** When it was submitted, in Québec's time ("2026-11-29 09:30"). */
  public String submittedOn() {
    return java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
        .withZone(java.time.ZoneId.of("America/Toronto"))
        .format(submittedAt);
  }

  public boolean isPending() {
    return status == Status.PENDING;
  }
}
