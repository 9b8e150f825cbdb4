package ca.repere.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** A line of a list of contacts: codes only, no identity or notes. */
public record ContactSummary(
    UUID id,
    Instant startedAt,
    Channel channel,
    Outcome outcome,
    String municipalityCode,
    List<String> needCodes) {

  public ContactSummary {
    needCodes = List.copyOf(needCodes);
  }
}
