package ca.repere.site.web;

import ca.repere.directory.Address;
import ca.repere.directory.CompiledService;
import ca.repere.directory.CostOption;
import ca.repere.directory.Language;
import ca.repere.directory.Located;
import ca.repere.directory.Phone;
import ca.repere.directory.Schedule;
import ca.repere.shared.Lang;
import ca.repere.site.web.ServicePage.PhoneLine;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Stream;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns a service's public view into what its page, and a result line, show. */
@Component
class ServicePages {

  private final MessageSource messages;
  private final Clock clock;

  ServicePages(MessageSource messages, Optional<Clock> clock) {
    this.messages = messages;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  ServicePage page(CompiledService compiled, Locale locale) {
    CompiledService s = compiled.publicView();
    Lang lang = Lang.of(locale);
    var service = s.service();
    return new ServicePage(
        service.id(),
        Text.of(service.name(), lang),
        Text.of(service.alternateName(), lang),
        Text.of(s.organization().name(), lang),
        Text.of(s.organization().description(), lang),
        s.organization().website(),
        Text.of(service.description(), lang),
        Text.of(service.alert(), lang),
        Text.of(service.applicationProcess(), lang),
        Text.of(service.eligibilityDescription(), lang),
        ageRange(service.minimumAge(), service.maximumAge(), locale),
        Text.of(service.feesDescription(), lang),
        s.costOptions().stream().map(c -> cost(c, lang)).filter(Objects::nonNull).toList(),
        Text.of(service.waitTime(), lang),
        Text.of(service.interpretationServices(), lang),
        s.requiredDocuments().stream()
            .map(d -> Text.of(d.document(), lang))
            .filter(Objects::nonNull)
            .toList(),
        languages(allLanguages(s), locale),
        phones(s.phones(), lang),
        OpeningHours.of(s.schedules()).describe(locale),
        openStatus(allSchedules(s), locale),
        s.locations().stream().map(l -> place(l, lang, locale)).toList(),
        s.serviceAreas().stream().map(a -> a.name()).filter(Objects::nonNull).distinct().toList(),
        service.url(),
        service.email(),
        date(service.lastVerifiedAt(), locale),
        s.categories().stream()
            .map(t -> Text.of(t.name(), lang))
            .filter(Objects::nonNull)
            .map(Text::value)
            .toList());
  }

  /** "Ouvert maintenant", "Ouvre mardi à 9 h", or null when the hours are unknown. */
  String openStatus(List<Schedule> schedules, Locale locale) {
    OpeningHours hours = OpeningHours.of(schedules);
    if (!hours.isKnown()) {
      return null;
    }
    ZonedDateTime now = ZonedDateTime.now(clock);
    return openStatus(hours.isOpenAt(now), hours.nextOpening(now), now, locale);
  }

  /**
   * "Ouvert maintenant", "Ouvre mardi à 9 h" or "Fermé", for known hours: open now, else the next
   * opening in Québec time.
   */
  String openStatus(boolean open, Optional<LocalDateTime> next, ZonedDateTime now, Locale locale) {
    if (open) {
      return message("hours.open-now", locale);
    }
    return next.map(
            n ->
                message(
                    "hours.opens",
                    locale,
                    whenOf(n, now, locale),
                    OpeningHours.time(n.toLocalTime(), locale)))
        .orElse(message("hours.closed", locale));
  }

  static List<Schedule> allSchedules(CompiledService s) {
    return Stream.concat(
            s.schedules().stream(), s.locations().stream().flatMap(l -> l.schedules().stream()))
        .toList();
  }

  static List<Language> allLanguages(CompiledService s) {
    return Stream.concat(
            s.languages().stream(), s.locations().stream().flatMap(l -> l.languages().stream()))
        .toList();
  }

  static List<String> languages(List<Language> languages, Locale locale) {
    return languages.stream()
        .map(
            l ->
                l.code() != null
                    ? Locale.forLanguageTag(l.code()).getDisplayLanguage(locale)
                    : l.name())
        .filter(n -> n != null && !n.isBlank())
        .distinct()
        .toList();
  }

  static List<PhoneLine> phones(List<Phone> phones, Lang lang) {
    return phones.stream()
        .filter(p -> !p.staffOnly() && p.number() != null)
        .map(p -> phone(p.number(), p.extension(), Text.of(p.description(), lang), p.type()))
        .toList();
  }

  /** A phone line with its tap-to-call link. */
  static PhoneLine phone(String number, String extension, Text description, String type) {
    return new PhoneLine(
        number,
        extension,
        "tel:" + number.replaceAll("[^0-9+]", "") + (extension == null ? "" : "," + extension),
        description,
        type);
  }

  static String cost(CostOption c, Lang lang) {
    Text option = Text.of(c.option(), lang);
    String amount =
        c.amount() == null ? null : c.amount().stripTrailingZeros().toPlainString() + " $";
    if (option == null) {
      return amount;
    }
    return amount == null ? option.value() : option.value() + " — " + amount;
  }

  private ServicePage.Place place(Located located, Lang lang, Locale locale) {
    var location = located.location();
    return new ServicePage.Place(
        Text.of(location.name(), lang),
        location.confidential()
            ? null
            : located.physicalAddress().map(Address::oneLine).orElse(null),
        location.latitude(),
        location.longitude(),
        location.confidential(),
        location.isVirtual(),
        Text.of(location.transportation(), lang),
        located.accessibility().stream()
            .map(a -> Text.of(a.description(), lang))
            .filter(Objects::nonNull)
            .toList(),
        phones(located.phones(), lang),
        OpeningHours.of(located.schedules()).describe(locale));
  }

  private String ageRange(Integer min, Integer max, Locale locale) {
    if (min == null && max == null) {
      return null;
    }
    if (max == null) {
      return message("service.age.min", locale, min);
    }
    if (min == null) {
      return message("service.age.max", locale, max);
    }
    return message("service.age.range", locale, min, max);
  }

  private String whenOf(LocalDateTime next, ZonedDateTime now, Locale locale) {
    var today = now.withZoneSameInstant(OpeningHours.QUEBEC).toLocalDate();
    if (next.toLocalDate().equals(today)) {
      return message("hours.today", locale);
    }
    if (next.toLocalDate().equals(today.plusDays(1))) {
      return message("hours.tomorrow", locale);
    }
    return OpeningHours.day(next.getDayOfWeek(), locale);
  }

  static String date(Instant instant, Locale locale) {
    return instant == null
        ? null
        : DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
            .withLocale(locale)
            .format(instant.atZone(OpeningHours.QUEBEC));
  }

  private String message(String code, Locale locale, Object... args) {
    return messages.getMessage(code, args, locale);
  }
}
