package ca.repere.insights.rollup;

import ca.repere.contacts.ContactRecorded;
import ca.repere.contacts.ContactUpdated;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The coded state of a contact that the rollups count: when, how, where, and each need with its
 * unmet reason (null when met). Place codes are null when unknown.
 */
record ContactState(
    Instant startedAt,
    String channel,
    String municipalityCode,
    String mrcCode,
    String regionCode,
    Map<String, String> needs) {

  ContactState {
    needs = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(needs));
  }

  static ContactState of(ContactRecorded e) {
    return new ContactState(
        e.startedAt(),
        e.channel(),
        e.municipalityCode(),
        e.mrcCode(),
        e.regionCode(),
        needs(e.needCodes(), e.unmetNeeds()));
  }

  static ContactState of(ContactUpdated e) {
    return new ContactState(
        e.startedAt(),
        e.channel(),
        e.municipalityCode(),
        e.mrcCode(),
        e.regionCode(),
        needs(e.needCodes(), e.unmetNeeds()));
  }

  /** The stored form of the needs: "CODE" when met, "CODE:reason" when unmet. */
  String[] storedNeeds() {
    return needs.entrySet().stream()
        .map(n -> n.getValue() == null ? n.getKey() : n.getKey() + ":" + n.getValue())
        .toArray(String[]::new);
  }

  static Map<String, String> parseNeeds(String[] stored) {
    Map<String, String> needs = new LinkedHashMap<>();
    for (String entry : stored) {
      int colon = entry.indexOf(':');
      needs.put(
          colon < 0 ? entry : entry.substring(0, colon),
          colon < 0 ? null : entry.substring(colon + 1));
    }
    return needs;
  }

  private static Map<String, String> needs(List<String> codes, Map<String, String> unmet) {
    Map<String, String> needs = new LinkedHashMap<>();
    for (String code : codes) {
      needs.put(code, unmet == null ? null : unmet.get(code));
    }
    if (unmet != null) {
      unmet.forEach(needs::putIfAbsent);
    }
    return needs;
  }
}
