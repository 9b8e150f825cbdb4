package ca.repere.chat.delivery;

import ca.repere.chat.conversation.Message;
import ca.repere.chat.conversation.Sender;
import java.util.Locale;
import java.util.UUID;

/** What a node learns from the database's notifications, for the people connected to it. */
public sealed interface ChatSignal {

  /**
   * A message was committed; {@code message} is the message itself when the notification carried it
   * (it fits in one), else null and the listener reads it.
   */
  record MessageStored(UUID chatId, long seq, Message message) implements ChatSignal {

    public MessageStored(UUID chatId, long seq) {
      this(chatId, seq, null);
    }
  }

  /** A chat changed: status, specialist, what a side received, crisis. */
  record StateChanged(UUID chatId) implements ChatSignal {}

  /** One side is typing. */
  record Typing(UUID chatId, Sender side) implements ChatSignal {}

  /** The queue changed: positions and waits may have moved. */
  record QueueChanged() implements ChatSignal {}

  /** Parses a {@link ca.repere.chat.conversation.ChatEvents} payload; null when unknown. */
  static ChatSignal parse(String payload) {
    try {
      if (payload.startsWith("M:")) {
        return CarriedMessage.parse(payload.substring(2));
      }
      String[] parts = payload.split(":");
      return switch (parts[0]) {
        case "m" -> new MessageStored(UUID.fromString(parts[1]), Long.parseLong(parts[2]));
        case "s" -> new StateChanged(UUID.fromString(parts[1]));
        case "t" ->
            new Typing(
                UUID.fromString(parts[1]), Sender.valueOf(parts[2].toUpperCase(Locale.ROOT)));
        case "q" -> new QueueChanged();
        default -> null;
      };
    } catch (RuntimeException e) {
      return null;
    }
  }
}
