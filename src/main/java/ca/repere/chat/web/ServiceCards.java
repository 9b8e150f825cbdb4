package ca.repere.chat.web;

import ca.repere.chat.conversation.ChatRejected;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Phone;
import ca.repere.search.Search;
import ca.repere.search.SearchHit;
import ca.repere.search.SearchQuery;
import ca.repere.shared.Lang;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Component;

/**
 * Directory services as the console finds them and as the citizen receives them: a card of public
 * data only (name, organization, phone, website), in the chat's language.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Component
class ServiceCards {

  private static final int MAX_HITS = 8;

  private final Search search;
  private final Directory directory;

  ServiceCards(Search search, Directory directory) {
    this.search = search;
    this.directory = directory;
  }

  record Hit(UUID serviceId, String name, String organization, String phone) {}

  List<Hit> search(String text, String where, Lang lang) {
    if (text.isBlank() && where.isBlank()) {
      return List.of();
    }
    LinkedHashSet<UUID> ids = new LinkedHashSet<>();
    for (SearchHit hit : search.search(SearchQuery.of(text, where, lang)).hits()) {
      ids.add(hit.serviceId());
    }
    List<Hit> hits = new ArrayList<>();
    for (UUID id : ids.stream().limit(MAX_HITS).toList()) {
      directory.service(id).map(CompiledService::publicView).ifPresent(s -> hits.add(hit(s, lang)));
    }
    return hits;
  }

  /** The card's text: one line each for name, organization, phone and website. */
  String card(UUID serviceId, Lang lang) {
    CompiledService service =
        directory
            .service(serviceId)
            .map(CompiledService::publicView)
            .orElseThrow(() -> new ChatRejected(404, "chat.error.unknown-service"));
    Hit hit = hit(service, lang);
    return String.join(
        "\n",
        Stream.of(hit.name(), hit.organization(), hit.phone(), service.service().url())
            .filter(Objects::nonNull)
            .filter(s -> !s.isBlank())
            .toList());
  }

  private static Hit hit(CompiledService service, Lang lang) {
    return new Hit(
        service.service().id(),
        service.service().name().in(lang),
        service.organization() == null ? null : service.organization().name().in(lang),
        firstPhone(service));
  }

  private static String firstPhone(CompiledService service) {
    Stream<Phone> phones =
        Stream.concat(
            service.phones().stream(),
            service.locations().stream().flatMap(l -> l.phones().stream()));
    return phones.filter(p -> !p.staffOnly()).map(Phone::number).findFirst().orElse(null);
  }
}
