package ca.repere.site.web;

import ca.repere.directory.CompiledService;
import ca.repere.directory.CostOption;
import ca.repere.directory.Directory;
import ca.repere.directory.Located;
import ca.repere.directory.ServiceArea;
import ca.repere.search.SearchHit;
import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import java.math.BigDecimal;
import java.text.NumberFormat;
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

/** Reads the directory for a page of hits and says each in one short block. */
@Component
class ResultLines {

  private static final int ELIGIBILITY_LENGTH = 140;

  private final Directory directory;
  private final ServicePages pages;
  private final MessageSource messages;

  ResultLines(Directory directory, ServicePages pages, MessageSource messages) {
    this.directory = directory;
    this.pages = pages;
    this.messages = messages;
  }

  List<ResultLine> of(List<SearchHit> hits, boolean placeGiven, Locale locale) {
    Map<UUID, CompiledService> services =
        directory.services(hits.stream().map(SearchHit::serviceId).distinct().toList()).stream()
            .map(CompiledService::publicView)
            .collect(Collectors.toMap(s -> s.service().id(), Function.identity(), (a, b) -> a));
    return hits.stream()
        .filter(h -> services.containsKey(h.serviceId()))
        .map(h -> line(h, services.get(h.serviceId()), placeGiven, locale))
        .toList();
  }

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
