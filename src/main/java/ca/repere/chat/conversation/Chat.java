package ca.repere.chat.conversation;

import ca.repere.shared.Lang;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;

/**
 * A chat as stored. {@code citizenReceived} and {@code staffReceived} are the last sequence numbers
 * each side's client confirmed, which is how the other side shows "delivered".
 */
public record Chat(
    UUID id,
    Lang language,
    String placeName,
    String municipalityCode,
    String mrcCode,
    String regionCode,
    ChatStatus status,
    String outcome,
    UUID specialistId,
    Instant queuedAt,
    Instant answeredAt,
    Instant endedAt,
    long lastSeq,
    long citizenReceived,
    long staffReceived,
    boolean crisis) {

  public boolean isQueued() {
    return status == ChatStatus.QUEUED;
  }

  public boolean isActive() {
    return status == ChatStatus.ACTIVE;
  }

  public boolean isEnded() {
    return status == ChatStatus.ENDED;
  }

  public Duration waited(Instant now) {
    return Duration.between(
        queuedAt, answeredAt != null ? answeredAt : endedAt != null ? endedAt : now);
  }
}
