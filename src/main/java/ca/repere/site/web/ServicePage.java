package ca.repere.site.web;

import java.util.List;
import java.util.UUID;

/** What the service page shows, already in the person's language. */
record ServicePage(
    UUID id,
    Text name,
    Text alternateName,
    Text organization,
    Text organizationDescription,
    String organizationWebsite,
    Text description,
    Text alert,
    Text applicationProcess,
    Text eligibility,
    String ageRange,
    Text fees,
    List<String> costs,
    Text waitTime,
    Text interpretation,
    List<Text> requiredDocuments,
    List<String> languages,
    List<PhoneLine> phones,
    List<String> hours,
    String openStatus,
    List<Place> places,
    List<String> areasServed,
    String url,
    String email,
    String lastVerified,
    List<String> categories) {

  /** A phone as shown: tap-to-call {@code tel} and the number as written. */
  record PhoneLine(String number, String extension, String tel, Text description, String type) {}

  /**
   * A place where the service is offered. {@code confidential} ones have no address and no point.
   */
  record Place(
      Text name,
      String address,
      Double latitude,
      Double longitude,
      boolean confidential,
      boolean virtual,
      Text transportation,
      List<Text> accessibility,
      List<PhoneLine> phones,
      List<String> hours) {

    public boolean onMap() {
      return latitude != null && longitude != null;
    }
  }

  public boolean hasMap() {
    return places.stream().anyMatch(Place::onMap);
  }
}
