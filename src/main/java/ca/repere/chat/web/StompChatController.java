package ca.repere.chat.web;

import ca.repere.chat.conversation.ChatEvents;
import ca.repere.chat.conversation.ChatRejected;
import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.Sender;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.messaging.handler.annotation.DestinationVariable;
import org.springframework.messaging.handler.annotation.MessageMapping;
import org.springframework.messaging.handler.annotation.Payload;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Controller;

/**
 * The citizen writing over STOMP ({@link StompAccessInterceptor} checked the token). The stored
 * message comes back on {@code /topic/chat.<id>} with its sequence number and the sender's {@code
 * clientId}: that is the acknowledgement. A refusal comes back there as {@code type=rejected}.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Controller
class StompChatController {

  private final Chats chats;
  private final ChatEvents events;
  private final ChatErrors errors;
  private final SimpMessagingTemplate broker;

  StompChatController(
      Chats chats, ChatEvents events, ChatErrors errors, SimpMessagingTemplate broker) {
    this.chats = chats;
    this.events = events;
    this.errors = errors;
    this.broker = broker;
  }

  record Outgoing(String text, String clientId) {}

  record Received(long seq) {}

  /** Stores the message in the order the connection sent it (see {@link ArrivalOrder}). */
  @MessageMapping("chat.{id}.send")
  void send(
      @DestinationVariable UUID id, @Payload Outgoing message, SimpMessageHeaderAccessor headers) {
    ArrivalOrder.inTurn(headers, () -> post(id, message));
  }

  private void post(UUID id, Outgoing message) {
    try {
      chats.post(id, Sender.CITIZEN, null, null, message.text(), message.clientId());
    } catch (ChatRejected rejected) {
      Locale locale = Locale.forLanguageTag(chats.get(id).language().code());
      Map<String, Object> refusal = new java.util.LinkedHashMap<>(errors.body(rejected, locale));
      refusal.put("type", "rejected");
      refusal.put("clientId", String.valueOf(message.clientId()));
      broker.convertAndSend("/topic/chat." + id, (Object) refusal);
    }
  }

  @MessageMapping("chat.{id}.typing")
  void typing(@DestinationVariable UUID id) {
    events.typing(id, Sender.CITIZEN);
  }

  @MessageMapping("chat.{id}.received")
  void received(@DestinationVariable UUID id, @Payload Received received) {
    chats.received(id, Sender.CITIZEN, received.seq());
  }
}
