package ca.repere.contacts;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Published when a saved contact is edited (needs, referrals, place, follow-up outcome…): the
 * complete coded state after the edit, ids and codes only, never an identity, a note or free text.
 * Consumers replace what they knew of the contact by this state; {@code revision} grows by one at
 * each edit ({@link ContactRecorded} is revision 1) so that a late or repeated delivery can be
 * recognized and ignored.
 *
 * @param unmetNeeds need code to unmet reason code, in the order recorded
 */
public record ContactUpdated(
    UUID contactId,
    int revision,
    Instant startedAt,
    String channel,
    String municipalityCode,
    String mrcCode,
    String regionCode,
    String centre,
    String ageGroup,
    List<String> needCodes,
    Map<String, String> unmetNeeds,
    List<UUID> referredServiceIds) {}
