package ca.repere.chat.conversation;

import java.util.List;
import java.util.UUID;

/**
 * Someone who answers chats, as the queue sees them.
 *
 * @param regions region codes served; empty: every region
 * @param active how many chats they hold now
 */
public record Specialist(
    UUID id,
    String displayName,
    boolean supervisor,
    boolean available,
    int maxChats,
    List<String> languages,
    List<String> regions,
    int active) {

  public boolean hasRoom() {
    return available && active < maxChats;
  }
}
