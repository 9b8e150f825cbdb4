package ca.repere.chat;

import java.util.List;

/**
 * Published when chats that happened elsewhere are loaded in bulk (the demo data's three years of
 * chats), each as if it had just {@link ChatEnded ended}; listeners handle it in the loading
 * transaction. Like {@link ChatEnded}: times and codes only.
 *
 * @param source names the loaded set ("demo"), so that a later load of the same source can replace
 *     it
 * @param replace whether the chats loaded before under the same source are forgotten first
 */
public record ChatsLoaded(String source, boolean replace, List<ChatEnded> chats) {

  public ChatsLoaded {
    chats = List.copyOf(chats);
  }
}
