package ca.repere.chat.web;

import ca.repere.chat.conversation.Chat;
import ca.repere.chat.conversation.ChatQueue;
import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.Message;
import ca.repere.chat.conversation.Specialist;
import ca.repere.chat.conversation.Specialists;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** What clients receive, as JSON-ready maps: messages, a chat's state, errors. */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Component
class ChatViews {

  private final Chats chats;
  private final ChatQueue queue;
  private final Specialists specialists;
  private final MessageSource messages;

  ChatViews(Chats chats, ChatQueue queue, Specialists specialists, MessageSource messages) {
    this.chats = chats;
    this.queue = queue;
    this.specialists = specialists;
    this.messages = messages;
  }

  /** A message; service events carry their text in {@code locale} and their key. */
  Map<String, Object> message(Message m, Locale locale) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("seq", m.seq());
    view.put("sender", m.sender().code());
    view.put("kind", m.kind());
    view.put("author", m.authorName());
    view.put(
        "text",
        "event".equals(m.kind())
            ? messages.getMessage(m.body(), new Object[] {m.authorName()}, m.body(), locale)
            : m.body());
    if (m.serviceId() != null) {
      view.put("serviceId", m.serviceId().toString());
    }
    if (m.clientId() != null) {
      view.put("clientId", m.clientId());
    }
    view.put("at", m.createdAt().toString());
    return view;
  }

  List<Map<String, Object>> messages(UUID chatId, long after, Locale locale) {
    return chats.after(chatId, after).stream().map(m -> message(m, locale)).toList();
  }

  /** The state both sides show: status, queue position and wait, who answers, what was received. */
  Map<String, Object> state(Chat chat) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("chatId", chat.id().toString());
    view.put("status", chat.status().code());
    view.put("lastSeq", chat.lastSeq());
    view.put("citizenReceived", chat.citizenReceived());
    view.put("staffReceived", chat.staffReceived());
    if (chat.isQueued()) {
      ChatQueue.Position position = queue.position(chat);
      view.put("position", position.position());
      view.put("waitMinutes", minutes(position.estimatedWait()));
    }
    if (chat.specialistId() != null) {
      view.put(
          "specialist",
          specialists.find(chat.specialistId()).map(Specialist::displayName).orElse(null));
    }
    return view;
  }

  /** The state with a known position (computed for the whole queue at once). */
  Map<String, Object> state(Chat chat, int position, Duration wait) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("chatId", chat.id().toString());
    view.put("status", chat.status().code());
    view.put("lastSeq", chat.lastSeq());
    view.put("citizenReceived", chat.citizenReceived());
    view.put("staffReceived", chat.staffReceived());
    view.put("position", position);
    view.put("waitMinutes", minutes(wait));
    return view;
  }

  String text(String key, Locale locale, Object... arguments) {
    return messages.getMessage(key, arguments, locale);
  }

  private static Long minutes(Duration wait) {
    return wait == null ? null : Math.max(1, (wait.toSeconds() + 59) / 60);
  }
}
