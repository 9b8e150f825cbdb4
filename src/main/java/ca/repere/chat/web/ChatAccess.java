package ca.repere.chat.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import ca.repere.chat.conversation.ChatRejected;
import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.CitizenPresence;
import java.security.Principal;
import java.util.UUID;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Who may read or write a chat: the citizen who holds its token, and specialists and supervisors. A
 * wrong token answers "unknown chat", so nobody learns which chats exist.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Component
class ChatAccess {

  static final String TOKEN_HEADER = "X-Chat-Token";

  private final Chats chats;
  private final Users users;
  private final CitizenPresence presence;

  ChatAccess(Chats chats, Users users, CitizenPresence presence) {
    this.chats = chats;
    this.users = users;
    this.presence = presence;
  }

  /** The citizen who holds the token; every such request shows the citizen is still there. */
  void requireCitizen(UUID chatId, String token) {
    if (!chats.holdsToken(chatId, token)) {
      throw new ChatRejected(404, "chat.error.unknown");
    }
    presence.seen(chatId);
  }

  /** The citizen with the token, or a signed-in specialist or supervisor (reading only). */
  void requireReader(UUID chatId, String token) {
    if (token == null && isStaff(users.current().orElse(null))) {
      return;
    }
    requireCitizen(chatId, token);
  }

  /** The signed-in specialist or supervisor of this HTTP request. */
  CurrentUser staff() {
    CurrentUser user = users.current().orElse(null);
    if (!isStaff(user)) {
      throw new org.springframework.security.access.AccessDeniedException("chat staff only");
    }
    return user;
  }

  static boolean isStaff(CurrentUser user) {
    return user != null && (user.has(Role.SPECIALIST) || user.has(Role.SUPERVISOR));
  }

  /** A WebSocket session's user, as the HTTP handshake authenticated it. */
  static boolean isStaff(Principal principal) {
    return principal instanceof Authentication authentication
        && authentication.getPrincipal() instanceof CurrentUser user
        && isStaff(user);
  }
}
