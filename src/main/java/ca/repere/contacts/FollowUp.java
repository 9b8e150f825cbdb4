package ca.repere.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A follow-up still to do, as the "my follow-ups" page lists it: codes only (the identity is read,
 * and audited, on the contact itself).
 *
 * @param lastOutcome the outcome of the previous attempt (e.g. not reached), or null
 */
public record FollowUp(
    UUID contactId,
    LocalDate due,
    Instant startedAt,
    Channel channel,
    List<String> needCodes,
    FollowUpOutcome lastOutcome) {

  public FollowUp {
    needCodes = List.copyOf(needCodes);
  }

  /** Whether it should have been done before {@code today}. */
  public boolean overdueOn(LocalDate today) {
    return due.isBefore(today);
  }

  /** Whether it is to be done {@code today}. */
  public boolean dueOn(LocalDate today) {
    return due.equals(today);
  }
}
