package ca.repere.search.web;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Located;
import ca.repere.geography.Place;
import ca.repere.search.ResultCard;
import ca.repere.search.SearchHit;
import ca.repere.search.SearchResults;
import ca.repere.search.engine.OpeningHours;
import ca.repere.search.engine.ResultCards;
import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Completes a page of hits with what a person reads on a result, taken from the directory's public
 * view of each service: name, organization, address (or the territory served, for a confidential or
 * phone-only service), phones, hours, languages, cost and eligibility.
 */
@Component
class SearchResultsView {

  private final Directory directory;
  private final Clock clock;

  SearchResultsView(Directory directory, Optional<Clock> clock) {
    this.directory = directory;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  ApiResults of(SearchResults results, Lang lang) {
    // hits indexed with their card need no database read; others (an index of an older version)
    // are read from the directory
    List<UUID> ids =
        results.hits().stream()
            .filter(h -> h.card() == null)
            .map(SearchHit::serviceId)
            .distinct()
            .toList();
    Map<UUID, CompiledService> services =
        ids.isEmpty()
            ? Map.of()
            : directory.services(ids).stream()
                .map(CompiledService::publicView)
                .collect(Collectors.toMap(s -> s.service().id(), Function.identity()));
    ZonedDateTime now = ZonedDateTime.now(clock).withZoneSameInstant(OpeningHours.QUEBEC);
    List<ApiResults.Result> hits = new ArrayList<>();
    for (SearchHit hit : results.hits()) {
      if (hit.card() != null) {
        hits.add(result(hit, hit.card(), lang, now));
        continue;
      }
      CompiledService service = services.get(hit.serviceId());
      if (service != null) {
        Optional<Located> located =
            service.locations().stream()
                .filter(l -> l.location().id().equals(hit.locationId()))
                .findFirst();
        hits.add(result(hit, ResultCards.of(service, located, now.toLocalDate()), lang, now));
      }
    }
    return new ApiResults(
        results.total(),
        results.page(),
        results.pageSize(),
        !results.relaxations().isEmpty(),
        results.relaxations(),
        near(results.place()),
        results.interpretedNeeds(),
        hits,
        results.facets());
  }

  private static ApiResults.Near near(Place place) {
    if (place == null) {
      return null;
    }
    return new ApiResults.Near(
        place.type().name().toLowerCase(java.util.Locale.ROOT),
        place.code(),
        place.name(),
        place.point() == null ? null : place.point().latitude(),
        place.point() == null ? null : place.point().longitude(),
        place.municipalityCode(),
        place.mrcCode(),
        place.regionCode());
  }

  private static ApiResults.Result result(
      SearchHit hit, ResultCard card, Lang lang, ZonedDateTime now) {
    OpeningHours hours = OpeningHours.ofWeekly(card.weeklyHours());
    Boolean open = hours.isKnown() ? hours.isOpenAt(now) : null;
    return new ApiResults.Result(
        hit.serviceId(),
        card.serviceAtLocationId(),
        hit.locationId(),
        text(card.name(), lang),
        new ApiResults.Organization(card.organizationId(), text(card.organizationName(), lang)),
        hit.distanceKm() == null ? null : Math.round(hit.distanceKm() * 10) / 10.0,
        hit.servesPlace(),
        hit.mayServePlace(),
        card.address(),
        card.confidential(),
        card.provinceWideByPhone(),
        card.territory(),
        hit.point() == null
            ? null
            : new ApiResults.Point(hit.point().latitude(), hit.point().longitude()),
        card.phones().stream()
            .map(p -> new ApiResults.Phone(p.number(), p.extension(), p.type()))
            .toList(),
        card.categories().stream()
            .map(c -> new ApiResults.Category(c.code(), text(c.name(), lang)))
            .toList(),
        open,
        Boolean.FALSE.equals(open)
            ? hours.nextOpening(now).map(ZonedDateTime::toOffsetDateTime).orElse(null)
            : null,
        card.languages(),
        card.free(),
        card.free() ? null : text(card.cost(), lang),
        text(card.eligibility(), lang),
        text(card.alert(), lang),
        card.url());
  }

  private static String text(LocalizedText text, Lang lang) {
    return text == null ? null : text.in(lang);
  }
}
