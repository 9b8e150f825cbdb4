package ca.repere.chat.web;

import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.CitizenPresence;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.messaging.Message;
import org.springframework.messaging.MessageChannel;
import org.springframework.messaging.MessageDeliveryException;
import org.springframework.messaging.simp.stomp.StompCommand;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.ChannelInterceptor;
import org.springframework.messaging.support.MessageHeaderAccessor;
import org.springframework.stereotype.Component;

/**
 * Guards every SUBSCRIBE and SEND: {@code /topic/chat.<id>} and {@code /app/chat.<id>.*} need the
 * chat's token (a {@code token} header; remembered for the session once checked) or a specialist;
 * {@code /topic/staff} needs a specialist or supervisor; nothing else is open. Staff write through
 * HTTP, where forms carry a CSRF token.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Component
class StompAccessInterceptor implements ChannelInterceptor {

  private static final Pattern CHAT_TOPIC = Pattern.compile("/topic/chat\\.([0-9a-f-]{36})");
  private static final Pattern CHAT_SEND = Pattern.compile("/app/chat\\.([0-9a-f-]{36})\\.\\w+");

  /** The session attribute naming the chat whose citizen this connection is. */
  private static final String CITIZEN_OF = "chat-citizen-of";

  private final Chats chats;
  private final CitizenPresence presence;

  StompAccessInterceptor(
      @org.springframework.context.annotation.Lazy Chats chats,
      @org.springframework.context.annotation.Lazy CitizenPresence presence) {
    this.chats = chats;
    this.presence = presence;
  }

  @Override
  public Message<?> preSend(Message<?> message, MessageChannel channel) {
    StompHeaderAccessor stomp =
        MessageHeaderAccessor.getAccessor(message, StompHeaderAccessor.class);
    if (stomp == null) {
      return message;
    }
    citizenHeard(stomp);
    if (stomp.getCommand() == null) {
      return message;
    }
    if (stomp.getCommand() == StompCommand.SUBSCRIBE) {
      checkSubscription(stomp);
    } else if (stomp.getCommand() == StompCommand.SEND) {
      checkSend(stomp);
      return String.valueOf(stomp.getDestination()).endsWith(".send")
          ? ArrivalOrder.number(message, stomp)
          : message;
    }
    return message;
  }

  private void checkSubscription(StompHeaderAccessor stomp) {
    String destination = String.valueOf(stomp.getDestination());
    boolean staff = ChatAccess.isStaff(stomp.getUser());
    if (destination.equals("/topic/staff") && staff) {
      return;
    }
    Matcher chat = CHAT_TOPIC.matcher(destination);
    if (chat.matches() && (staff || holdsToken(stomp, UUID.fromString(chat.group(1))))) {
      return;
    }
    throw new MessageDeliveryException("not allowed: " + destination);
  }

  private void checkSend(StompHeaderAccessor stomp) {
    Matcher chat = CHAT_SEND.matcher(String.valueOf(stomp.getDestination()));
    if (!chat.matches() || !holdsToken(stomp, UUID.fromString(chat.group(1)))) {
      throw new MessageDeliveryException("not allowed: " + stomp.getDestination());
    }
  }

  /** Any frame of a citizen's connection, heartbeats included, shows the citizen is there. */
  private void citizenHeard(StompHeaderAccessor stomp) {
    Map<String, Object> session = stomp.getSessionAttributes();
    if (session != null && session.get(CITIZEN_OF) instanceof UUID chatId) {
      presence.seen(chatId);
    }
  }

  private boolean holdsToken(StompHeaderAccessor stomp, UUID chatId) {
    Map<String, Object> session = stomp.getSessionAttributes();
    String key = "chat-token:" + chatId;
    if (session != null && Boolean.TRUE.equals(session.get(key))) {
      return true;
    }
    boolean valid = chats.holdsToken(chatId, stomp.getFirstNativeHeader("token"));
    if (valid && session != null) {
      session.put(key, Boolean.TRUE);
      session.put(CITIZEN_OF, chatId);
      presence.seen(chatId);
    }
    return valid;
  }
}
