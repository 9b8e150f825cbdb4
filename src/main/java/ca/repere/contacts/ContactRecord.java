package ca.repere.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored contact, as a reader with the right to know sees it (identity and notes decrypted).
 * Municipality, MRC and region codes are null when the place was unknown.
 *
 * @param revision 1 when first saved, one more at each edit
 * @param followUpOutcome the last follow-up outcome recorded, or null
 * @param followUpClosedAt when the follow-up was done; null while it is still to do (or none)
 */
public record ContactRecord(
    UUID id,
    Channel channel,
    Instant startedAt,
    Instant endedAt,
    CallerType callerType,
    String municipalityCode,
    String mrcCode,
    String regionCode,
    String language,
    AgeGroup ageGroup,
    UUID specialistId,
    UUID assignedTo,
    String centre,
    String team,
    Outcome outcome,
    boolean crisis,
    List<NeedAnswer> needs,
    List<Referral> referrals,
    LocalDate followUpOn,
    String followUpIdentity,
    String notes,
    int revision,
    FollowUpOutcome followUpOutcome,
    Instant followUpClosedAt) {

  public ContactRecord {
    needs = List.copyOf(needs);
    referrals = List.copyOf(referrals);
  }

  /** Whether a follow-up is planned and not done yet. */
  public boolean followUpOpen() {
    return followUpOn != null && followUpClosedAt == null;
  }
}
