package ca.repere.search;

import ca.repere.shared.LocalizedText;
import java.util.List;
import java.util.UUID;

/**
 * What a result line shows, in both languages, taken from the service's public view when it was
 * indexed (so a page of results needs no database read). Never holds staff-only data.
 *
 * @param serviceAtLocationId null for a service without location
 * @param address the street address, null when none or confidential
 * @param provinceWideByPhone a service without location that serves all of Québec
 * @param territory the names of the areas served, comma-separated (null when none)
 * @param weeklyHours the opening intervals of the week as pairs of minutes from Monday 00:00 (start
 *     inclusive, end exclusive), Québec time; empty when unknown
 */
public record ResultCard(
    LocalizedText name,
    UUID organizationId,
    LocalizedText organizationName,
    UUID serviceAtLocationId,
    String address,
    boolean provinceWideByPhone,
    String territory,
    List<Phone> phones,
    List<Category> categories,
    List<Integer> weeklyHours,
    List<String> languages,
    boolean free,
    LocalizedText eligibility,
    LocalizedText alert,
    String url) {

  public ResultCard {
    phones = List.copyOf(phones);
    categories = List.copyOf(categories);
    weeklyHours = List.copyOf(weeklyHours);
    languages = List.copyOf(languages);
  }

  public record Phone(String number, String extension, String type) {}

  public record Category(String code, LocalizedText name) {}
}
