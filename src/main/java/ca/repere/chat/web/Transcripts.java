package ca.repere.chat.web;

import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.Message;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** A chat as plain text, for the citizen to keep: time, who, what. Private notes are not in it. */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Component
class Transcripts {

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("America/Toronto"));

  private final Chats chats;
  private final ChatViews views;
  private final MessageSource messages;

  Transcripts(Chats chats, ChatViews views, MessageSource messages) {
    this.chats = chats;
    this.views = views;
    this.messages = messages;
  }

  String of(UUID chatId, Locale locale) {
    StringBuilder text =
        new StringBuilder(messages.getMessage("chat.transcript.title", null, locale));
    text.append("\n\n");
    long after = 0;
    List<Message> page;
    while (!(page = chats.after(chatId, after)).isEmpty()) {
      for (Message m : page) {
        text.append('[')
            .append(TIME.format(m.createdAt()))
            .append("] ")
            .append(who(m, locale))
            .append(": ")
            .append(views.message(m, locale).get("text"))
            .append('\n');
        after = m.seq();
      }
    }
    return text.toString();
  }

  private String who(Message m, Locale locale) {
    return switch (m.sender()) {
      case CITIZEN -> messages.getMessage("chat.transcript.you", null, locale);
      case SPECIALIST -> m.authorName();
      case SYSTEM -> "211";
    };
  }
}
