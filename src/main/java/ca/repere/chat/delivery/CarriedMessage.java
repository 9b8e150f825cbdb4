package ca.repere.chat.delivery;

import ca.repere.chat.conversation.Message;
import ca.repere.chat.conversation.Sender;
import java.time.Instant;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * A message carried in its notification, as {@code chat.append_message} writes it: short keys (c
 * chat, s seq, f sender, k kind, a author, b body, v service, i client id, t microseconds since the
 * epoch) to leave room for the body in the 8,000 bytes of a notification.
 */
final class CarriedMessage {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private CarriedMessage() {}

  static ChatSignal.MessageStored parse(String json) {
    JsonNode node = JSON.readTree(json);
    long micros = node.get("t").asLong();
    Message message =
        new Message(
            UUID.fromString(node.get("c").asString()),
            node.get("s").asLong(),
            Sender.of(node.get("f").asString()),
            node.get("k").asString(),
            text(node, "a"),
            node.get("b").asString(),
            uuid(node, "v"),
            text(node, "i"),
            Instant.ofEpochSecond(
                Math.floorDiv(micros, 1_000_000), Math.floorMod(micros, 1_000_000) * 1000));
    return new ChatSignal.MessageStored(message.chatId(), message.seq(), message);
  }

  private static String text(JsonNode node, String field) {
    JsonNode value = node.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }

  private static UUID uuid(JsonNode node, String field) {
    String text = text(node, field);
    return text == null ? null : UUID.fromString(text);
  }
}
