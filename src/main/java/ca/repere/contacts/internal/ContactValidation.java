package ca.repere.contacts.internal;

import ca.repere.contacts.InvalidContactException;
import ca.repere.contacts.InvalidContactException.FieldProblem;
import ca.repere.contacts.NeedAnswer;
import ca.repere.contacts.NewContact;
import ca.repere.contacts.Referral;
import ca.repere.directory.Directory;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.geography.Geography;
import ca.repere.geography.Place;
import ca.repere.geography.UnknownPlaceException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.stereotype.Component;

/**
 * Checks a contact before it is saved and resolves what was typed for the place: every problem is
 * reported at once, by form field.
 */
@Component
class ContactValidation {

  static final int MAX_IDENTITY = 200;
  static final int MAX_NOTES = 4000;
  private static final Set<String> LANGUAGES = Set.of("fr", "en", "other");
  private static final Duration CLOCK_SKEW = Duration.ofMinutes(5);

  private final Geography geography;
  private final RepereTaxonomy taxonomy;
  private final Directory directory;

  ContactValidation(Geography geography, RepereTaxonomy taxonomy, Directory directory) {
    this.geography = geography;
    this.taxonomy = taxonomy;
    this.directory = directory;
  }

  /** A checked contact: its place's codes (null when unknown), needs without duplicates. */
  record Valid(
      String municipalityCode,
      String mrcCode,
      String regionCode,
      Instant endedAt,
      List<NeedAnswer> needs,
      List<Referral> referrals) {}

  Valid check(NewContact contact, Instant now) {
    List<FieldProblem> problems = new ArrayList<>();
    required(problems, "channel", contact.channel());
    required(problems, "callerType", contact.callerType());
    required(problems, "ageGroup", contact.ageGroup());
    required(problems, "outcome", contact.outcome());
    required(problems, "started", contact.startedAt());
    if (contact.language() == null || !LANGUAGES.contains(contact.language())) {
      problems.add(problem("language", "contacts.error.required"));
    }
    Instant ended = contact.endedAt() == null ? now : contact.endedAt();
    if (contact.startedAt() != null) {
      if (contact.startedAt().isAfter(now.plus(CLOCK_SKEW))) {
        problems.add(problem("started", "contacts.error.started-in-future"));
      } else if (ended.isBefore(contact.startedAt())) {
        problems.add(problem("ended", "contacts.error.ended-before-started"));
      }
    }
    Place place = place(contact.place(), problems);
    Map<String, NeedAnswer> needs = new LinkedHashMap<>();
    for (NeedAnswer need : contact.needs()) {
      if (!isNeed(need.code())) {
        problems.add(problem("needs", "contacts.error.unknown-need", String.valueOf(need.code())));
      } else if (!need.met() || !needs.containsKey(need.code())) {
        needs.put(need.code(), need); // an unmet answer wins over a met one for the same need
      }
    }
    List<Referral> referrals = new ArrayList<>();
    for (Referral referral : contact.referrals()) {
      if (referral.needCode() != null && !isNeed(referral.needCode())) {
        problems.add(problem("referrals", "contacts.error.unknown-need", referral.needCode()));
      } else if (directory.service(referral.serviceId()).isEmpty()) {
        problems.add(
            problem(
                "referrals", "contacts.error.unknown-service", referral.serviceId().toString()));
      } else if (referrals.stream().noneMatch(r -> r.serviceId().equals(referral.serviceId()))) {
        referrals.add(referral);
      }
    }
    tooLong(problems, "followUpIdentity", contact.followUpIdentity(), MAX_IDENTITY);
    tooLong(problems, "notes", contact.notes(), MAX_NOTES);
    if (!problems.isEmpty()) {
      throw new InvalidContactException(problems);
    }
    return new Valid(
        place == null ? null : place.municipalityCode(),
        place == null ? null : place.mrcCode(),
        place == null ? null : place.regionCode(),
        ended,
        List.copyOf(needs.values()),
        referrals);
  }

  /** The typed place resolved; null when blank (unknown) or not found (a problem is added). */
  private Place place(String typed, List<FieldProblem> problems) {
    if (typed == null || typed.isBlank()) {
      return null;
    }
    try {
      return geography.resolve(typed.strip());
    } catch (UnknownPlaceException e) {
      problems.add(
          e.suggestions().isEmpty()
              ? problem("place", "contacts.error.unknown-place", typed.strip())
              : problem(
                  "place",
                  "contacts.error.unknown-place.suggestions",
                  typed.strip(),
                  String.join(", ", e.suggestions())));
      return null;
    }
  }

  private boolean isNeed(String code) {
    return code != null
        && taxonomy.categories().stream().map(RepereCategory::code).anyMatch(code::equals);
  }

  private static void required(List<FieldProblem> problems, String field, Object value) {
    if (value == null) {
      problems.add(problem(field, "contacts.error.required"));
    }
  }

  private static void tooLong(List<FieldProblem> problems, String field, String value, int max) {
    if (value != null && value.strip().length() > max) {
      problems.add(problem(field, "contacts.error.too-long", String.valueOf(max)));
    }
  }

  private static FieldProblem problem(String field, String key, String... arguments) {
    return new FieldProblem(field, key, List.of(arguments));
  }
}
