package ca.repere.chat.web;

import ca.repere.chat.conversation.ChatRejected;
import java.util.Locale;
import java.util.Map;
import org.springframework.context.MessageSource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** A refused chat request answers its status and a sentence in the person's language. */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@RestControllerAdvice(assignableTypes = {ChatApiController.class, ConsoleApiController.class})
class ChatErrors {

  private final MessageSource messages;

  ChatErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler(ChatRejected.class)
  ResponseEntity<Map<String, Object>> rejected(ChatRejected rejected, Locale locale) {
    // JSON whatever the client's Accept header says: otherwise a refusal to a client that asked
    // for HTML becomes a 500 (no converter for the error body).
    return ResponseEntity.status(rejected.status())
        .contentType(MediaType.APPLICATION_JSON)
        .body(body(rejected, locale));
  }

  Map<String, Object> body(ChatRejected rejected, Locale locale) {
    String text = messages.getMessage(rejected.messageKey(), rejected.arguments(), locale);
    String field =
        switch (rejected.messageKey()) {
          case "chat.error.place" -> "place";
          case "chat.error.consent" -> "consent";
          default -> "text";
        };
    return Map.of("error", text, "code", rejected.messageKey(), "field", field);
  }
}
