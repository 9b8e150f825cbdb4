package ca.repere.contacts;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Staff members, need codes and phone calls for the contact records tests. */
final class ContactsFixtures {

  static final String NOTES = "Rappeler après 17 h";

  private ContactsFixtures() {}

  /** A staff member of no team holding one role; tests place them in teams as they need. */
  static CurrentUser user(Role role) {
    UUID id = UUID.randomUUID();
    return new CurrentUser(id, id + "@test.example", "Test", Set.of(role), List.of(), null);
  }

  /** The first {@code count} subcategory codes of the taxonomy (needs are coded at that level). */
  static List<String> needCodes(RepereTaxonomy taxonomy, int count) {
    return taxonomy.categories().stream()
        .filter(c -> !c.isTop())
        .map(RepereCategory::code)
        .limit(count)
        .toList();
  }

  /**
   * A six-minute phone call from a relative of a person aged 65 or more that ended ten minutes ago;
   * {@code followUpOn} and {@code identity} may be null.
   */
  static NewContact phoneCall(
      String place,
      Outcome outcome,
      List<NeedAnswer> needs,
      List<Referral> referrals,
      LocalDate followUpOn,
      String identity) {
    Instant started = Instant.now().minus(10, ChronoUnit.MINUTES);
    return new NewContact(
        Channel.PHONE,
        started,
        started.plus(6, ChronoUnit.MINUTES),
        CallerType.RELATIVE,
        place,
        "fr",
        AgeGroup.FROM_65,
        outcome,
        false,
        needs,
        referrals,
        followUpOn,
        identity,
        NOTES);
  }
}
