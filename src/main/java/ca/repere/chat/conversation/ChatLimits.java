package ca.repere.chat.conversation;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * What one chat may do: the longest message, and how many messages a side may send within a window
 * before it is slowed down (a flood, a stuck key, a script).
 */
@Component
public class ChatLimits {

  private final int maxLength;
  private final int floodMessages;
  private final Duration floodWindow;
  private final int defaultMaxChats;

  ChatLimits(
      @Value("${repere.chat.max-message-length:4000}") int maxLength,
      @Value("${repere.chat.flood.messages:15}") int floodMessages,
      @Value("${repere.chat.flood.window:PT10S}") Duration floodWindow,
      @Value("${repere.chat.max-concurrent-chats:3}") int defaultMaxChats) {
    this.maxLength = maxLength;
    this.floodMessages = floodMessages;
    this.floodWindow = floodWindow;
    this.defaultMaxChats = defaultMaxChats;
  }

  public int maxLength() {
    return maxLength;
  }

  int floodMessages() {
    return floodMessages;
  }

  Duration floodWindow() {
    return floodWindow;
  }

  public int defaultMaxChats() {
    return defaultMaxChats;
  }

  /** Refuses a blank or too long text, before anything is stored. */
  void check(String text) {
    if (text == null || text.isBlank()) {
      throw new ChatRejected(400, "chat.error.blank");
    }
    if (text.length() > maxLength) {
      throw new ChatRejected(413, "chat.error.too-long", maxLength, text.length());
    }
  }
}
