package ca.repere.chat.web;

import ca.repere.chat.conversation.Chat;
import java.util.List;
import java.util.UUID;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a closed chat's contact record is pre-filled: the contacts form with channel, times, place,
 * language and the shared services as referrals.
 */
final class ContactFormLink {

  private ContactFormLink() {}

  static String of(Chat chat, List<UUID> sharedServices) {
    UriComponentsBuilder link =
        UriComponentsBuilder.fromPath("/staff/contacts/nouveau")
            .queryParam("channel", "chat")
            .queryParam(
                "started",
                (chat.answeredAt() != null ? chat.answeredAt() : chat.queuedAt()).toString())
            .queryParam("ended", chat.endedAt().toString())
            .queryParam("language", chat.language().code());
    if (chat.placeName() != null) {
      link.queryParam("place", chat.placeName());
    }
    sharedServices.forEach(service -> link.queryParam("service", service.toString()));
    return link.encode().build().toUriString();
  }
}
