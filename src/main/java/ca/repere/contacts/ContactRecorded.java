package ca.repere.contacts;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Published once a contact is saved, for the insights module: ids and codes only, never an
 * identity, a note or free text.
 *
 * @param unmetNeeds need code to unmet reason code, in the order recorded
 */
public record ContactRecorded(
    UUID contactId,
    Instant startedAt,
    String channel,
    String municipalityCode,
    String mrcCode,
    String regionCode,
    String centre,
    String ageGroup,
    List<String> needCodes,
    java.util.Map<String, String> unmetNeeds,
    List<UUID> referredServiceIds) {}
