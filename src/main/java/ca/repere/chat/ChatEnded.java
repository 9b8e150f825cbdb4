package ca.repere.chat;

import java.time.Instant;
import java.util.UUID;

/**
 * Published once a chat is over, for the service-level figures of insights: times and codes only,
 * never a message, a name or free text.
 *
 * @param answeredAt when a specialist accepted it; null when nobody did (abandoned or offline)
 * @param outcome "answered", "abandoned" (the citizen left while waiting) or "offline" (a message
 *     left outside opening hours)
 * @param municipalityCode null when the citizen gave no place
 */
public record ChatEnded(
    UUID chatId,
    Instant queuedAt,
    Instant answeredAt,
    Instant endedAt,
    String outcome,
    String language,
    String municipalityCode,
    String mrcCode,
    String regionCode) {}
