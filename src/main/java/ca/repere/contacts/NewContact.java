package ca.repere.contacts;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What a specialist records about a contact.
 *
 * @param place what was typed for where the person lives (municipality, postal code…); blank when
 *     unknown
 * @param language "fr", "en" or "other"
 * @param endedAt null: now
 * @param followUpIdentity the name or number needed to follow up; blank when no follow-up (stored
 *     encrypted)
 * @param notes free notes (stored encrypted)
 */
public record NewContact(
    Channel channel,
    Instant startedAt,
    Instant endedAt,
    CallerType callerType,
    String place,
    String language,
    AgeGroup ageGroup,
    Outcome outcome,
    boolean crisis,
    List<NeedAnswer> needs,
    List<Referral> referrals,
    LocalDate followUpOn,
    String followUpIdentity,
    String notes) {

  public NewContact {
    needs = needs == null ? List.of() : List.copyOf(needs);
    referrals = referrals == null ? List.of() : List.copyOf(referrals);
  }
}
