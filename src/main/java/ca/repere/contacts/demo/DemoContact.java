package ca.repere.contacts.demo;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A generated contact with its coded needs; place codes null when the place is unknown. */
record DemoContact(
    UUID id,
    String channel,
    Instant startedAt,
    Instant endedAt,
    String callerType,
    String municipalityCode,
    String mrcCode,
    String regionCode,
    String language,
    String ageGroup,
    String outcome,
    boolean crisis,
    List<DemoNeed> needs) {

  /** A need; {@code unmetReason} null when it was met. */
  record DemoNeed(String code, String unmetReason) {}
}
