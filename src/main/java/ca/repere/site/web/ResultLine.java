package ca.repere.site.web;

import ca.repere.site.web.ServicePage.PhoneLine;
import java.util.List;
import java.util.UUID;

/**
 * One search result as the results page shows it, in the person's language.
 *
 * @param where the street address, or a sentence such as "by phone, everywhere in Québec"
 * @param mayServePlace true when a place was given and the service may not cover it
 */
record ResultLine(
    UUID serviceId,
    Text name,
    Text organization,
    String distance,
    String where,
    PhoneLine phone,
    String openStatus,
    List<String> languages,
    String cost,
    Text eligibility,
    Text alert,
    boolean mayServePlace) {

  public String href() {
    return "/service/" + serviceId;
  }
}
