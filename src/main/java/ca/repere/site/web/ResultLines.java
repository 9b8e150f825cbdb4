package ca.repere.site.web;

import ca.repere.directory.CompiledService;
import ca.repere.directory.CostOption;
import ca.repere.directory.Directory;
import ca.repere.directory.Located;
import ca.repere.directory.ServiceArea;
import ca.repere.search.ResultCard;
import ca.repere.search.SearchHit;
import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Says each hit of a page in one short block, from the result card the index stored with it (no
 * database read); only hits of an index built before cards existed are read from the directory, in
 * one call for the page.
 */
@Component
class ResultLines {

  private static final int ELIGIBILITY_LENGTH = 140;

  private final Directory directory;
  private final ServicePages pages;
  private final MessageSource messages;
  private final Clock clock;

  ResultLines(
      Directory directory, ServicePages pages, MessageSource messages, Optional<Clock> clock) {
    this.directory = directory;
    this.pages = pages;
    this.messages = messages;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  List<ResultLine> of(List<SearchHit> hits, boolean placeGiven, Locale locale) {
    List<UUID> withoutCard =
        hits.stream().filter(h -> h.card() == null).map(SearchHit::serviceId).distinct().toList();
    Map<UUID, CompiledService> services =
        withoutCard.isEmpty()
            ? Map.of()
            : directory.services(withoutCard).stream()
                .map(CompiledService::publicView)
                .collect(Collectors.toMap(s -> s.service().id(), Function.identity(), (a, b) -> a));
    ZonedDateTime now = ZonedDateTime.now(clock);
    return hits.stream()
        .map(
            h ->
                h.card() != null
                    ? line(h, h.card(), placeGiven, now, locale)
                    : services.containsKey(h.serviceId())
                        ? line(h, services.get(h.serviceId()), placeGiven, locale)
                        : null)
        .filter(Objects::nonNull)
        .toList();
  }

  /** A line from the indexed card. */
  private ResultLine line(
      SearchHit hit, ResultCard card, boolean placeGiven, ZonedDateTime now, Locale locale) {
    Lang lang = Lang.of(locale);
    return new ResultLine(
        hit.serviceId(),
        Text.of(card.name(), lang),
        Text.of(card.organizationName(), lang),
        distance(hit.distanceKm(), locale),
        where(card, locale),
        card.phones().stream()
            .filter(p -> p.number() != null)
            .findFirst()
            .map(p -> ServicePages.phone(p.number(), p.extension(), null, p.type()))
            .orElse(null),
        openStatus(card, now, locale),
        card.languages().stream()
            .map(code -> Locale.forLanguageTag(code).getDisplayLanguage(locale))
            .filter(n -> !n.isBlank())
            .distinct()
            .toList(),
        card.free()
            ? message("results.free", locale)
            : Optional.ofNullable(Text.of(card.cost(), lang))
                .map(t -> shorten(t.value()))
                .orElse(null),
        Text.of(shortened(card.eligibility()), lang),
        Text.of(card.alert(), lang),
        placeGiven && !hit.servesPlace());
  }

  private String where(ResultCard card, Locale locale) {
    if (card.confidential()) {
      return card.territory() == null
          ? message("results.confidential", locale)
          : message("results.confidential-in", locale, card.territory());
    }
    if (card.address() != null) {
      return card.address();
    }
    if (card.provinceWideByPhone()) {
      return message("results.province-wide", locale);
    }
    return card.territory() == null
        ? message("results.by-phone", locale)
        : message("results.by-phone-in", locale, card.territory());
  }

  private String openStatus(ResultCard card, ZonedDateTime now, Locale locale) {
    if (!card.hasHours()) {
      return null;
    }
    return pages.openStatus(
        card.isOpenAt(now),
        card.nextOpening(now)
            .map(next -> next.withZoneSameInstant(OpeningHours.QUEBEC).toLocalDateTime()),
        now,
        locale);
  }

  /** A line read from the directory (an index without cards). */
  private ResultLine line(SearchHit hit, CompiledService s, boolean placeGiven, Locale locale) {
    Lang lang = Lang.of(locale);
    Optional<Located> located =
        s.locations().stream()
            .filter(l -> l.location().id().equals(hit.locationId()))
            .findFirst()
            .or(
                () ->
                    hit.locationId() == null
                        ? Optional.empty()
                        : s.locations().stream().findFirst());
    var phones =
        ServicePages.phones(
            located.map(l -> l.phones()).filter(p -> !p.isEmpty()).orElse(s.phones()), lang);
    return new ResultLine(
        s.service().id(),
        Text.of(s.service().name(), lang),
        Text.of(s.organization().name(), lang),
        distance(hit.distanceKm(), locale),
        where(s, located, locale),
        phones.isEmpty() ? null : phones.get(0),
        pages.openStatus(ServicePages.allSchedules(s), locale),
        ServicePages.languages(ServicePages.allLanguages(s), locale),
        cost(s, lang, locale),
        Text.of(shortened(s.service().eligibilityDescription()), lang),
        Text.of(s.service().alert(), lang),
        placeGiven && !hit.servesPlace());
  }

  private String where(CompiledService s, Optional<Located> located, Locale locale) {
    if (located.isPresent() && located.get().location().confidential()) {
      return message("results.confidential", locale);
    }
    Optional<String> address =
        located.flatMap(Located::physicalAddress).map(ca.repere.directory.Address::oneLine);
    if (address.isPresent()) {
      return address.get();
    }
    boolean provinceWide =
        s.serviceAreas().stream().map(ServiceArea::territory).anyMatch("qc"::equals);
    if (provinceWide) {
      return message("results.province-wide", locale);
    }
    List<String> areas =
        s.serviceAreas().stream().map(ServiceArea::name).filter(Objects::nonNull).toList();
    return areas.isEmpty()
        ? message("results.by-phone", locale)
        : message("results.by-phone-in", locale, String.join(", ", areas));
  }

  private String cost(CompiledService s, Lang lang, Locale locale) {
    boolean free =
        !s.costOptions().isEmpty()
            && s.costOptions().stream()
                .map(CostOption::amount)
                .allMatch(a -> a == null || a.compareTo(BigDecimal.ZERO) == 0);
    if (free) {
      return message("results.free", locale);
    }
    String fees = s.service().feesDescription().in(lang);
    if (fees != null) {
      return shorten(fees);
    }
    return s.costOptions().stream()
        .map(c -> ServicePages.cost(c, lang))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  private String distance(Double km, Locale locale) {
    if (km == null) {
      return null;
    }
    NumberFormat format = NumberFormat.getNumberInstance(locale);
    format.setMaximumFractionDigits(km < 10 ? 1 : 0);
    return message("results.distance", locale, format.format(km));
  }

  private static LocalizedText shortened(LocalizedText text) {
    if (text == null) {
      return null;
    }
    return new LocalizedText(shorten(text.fr()), shorten(text.en()));
  }

  private static String shorten(String text) {
    if (text == null) {
      return null;
    }
    String oneLine = text.replaceAll("\\s+", " ").strip();
    return oneLine.length() <= ELIGIBILITY_LENGTH
        ? oneLine
        : oneLine.substring(0, ELIGIBILITY_LENGTH).replaceAll("\\s+\\S*$", "") + "…";
  }

  private String message(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, locale);
  }
}
