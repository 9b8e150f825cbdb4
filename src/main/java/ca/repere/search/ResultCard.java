package ca.repere.search;

import ca.repere.search.engine.OpeningHours;
import ca.repere.shared.LocalizedText;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * What a result line shows, in both languages, taken from the service's public view when it was
 * indexed (so a page of results needs no database read). Never holds staff-only data.
 *
 * @param serviceAtLocationId null for a service without location
 * @param address the street address, null when none or confidential
 * @param confidential the location's address is confidential (a shelter): show the territory served
 *     and the phone, never the place
 * @param provinceWideByPhone a service without location that serves all of Québec
 * @param territory the names of the areas served, comma-separated (null when none)
 * @param weeklyHours the opening intervals of the week as pairs of minutes from Monday 00:00 (start
 *     inclusive, end exclusive), Québec time; empty when unknown
 * @param cost what it costs in one line when not free (the fees description, else the first cost
 *     option), null when unknown
 */
public record ResultCard(
    LocalizedText name,
    UUID organizationId,
    LocalizedText organizationName,
    UUID serviceAtLocationId,
    String address,
    boolean confidential,
    boolean provinceWideByPhone,
    String territory,
    List<Phone> phones,
    List<Category> categories,
    List<Integer> weeklyHours,
    List<String> languages,
    boolean free,
    LocalizedText cost,
    LocalizedText eligibility,
    LocalizedText alert,
    String url) {

  public ResultCard {
    phones = List.copyOf(phones);
    categories = List.copyOf(categories);
    weeklyHours = List.copyOf(weeklyHours);
    languages = List.copyOf(languages);
  }

  /** Whether the hours are known (else nothing can be said about opening). */
  public boolean hasHours() {
    return !weeklyHours.isEmpty();
  }

  /**
   * Open at that moment, in Québec time: regular hours do not apply on Québec's statutory holidays
   * (except around the clock). False when the hours are unknown.
   */
  public boolean isOpenAt(ZonedDateTime moment) {
    return OpeningHours.ofWeekly(weeklyHours).isOpenAt(moment);
  }

  /** The next opening after {@code moment} (within two weeks, holidays skipped), if known. */
  public Optional<ZonedDateTime> nextOpening(ZonedDateTime moment) {
    return OpeningHours.ofWeekly(weeklyHours).nextOpening(moment);
  }

  public record Phone(String number, String extension, String type) {}

  public record Category(String code, LocalizedText name) {}
}
