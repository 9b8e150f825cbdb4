package ca.repere.directory.demo;

import ca.repere.directory.Accessibility;
import ca.repere.directory.CostOption;
import ca.repere.directory.Language;
import ca.repere.directory.RequiredDocument;
import ca.repere.directory.Schedule;
import ca.repere.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * The details of demo services: fictitious phone numbers (exchange 555) with the region's area
 * codes, street addresses, weekly hours, costs, languages, documents and accessibility.
 */
final class DemoDetails {

  private static final List<String> STREETS =
      List.of(
          "rue Principale",
          "rue Notre-Dame",
          "rue Saint-Jean",
          "boulevard Saint-Joseph",
          "rue de l'Église",
          "avenue de la Gare",
          "rue Saint-Georges",
          "boulevard des Forges",
          "rue King",
          "rue Wellington",
          "chemin du Roy",
          "rue Champlain",
          "rue du Couvent",
          "avenue Laurier",
          "rue Sainte-Anne",
          "boulevard de la Rivière",
          "rue des Érables",
          "rue du Moulin",
          "rang Saint-Joseph",
          "rue Saint-Pierre");

  private static final Map<String, LocalizedText> DOCUMENTS =
      Map.of(
          "revenu", LocalizedText.of("Preuve de revenu", "Proof of income"),
          "residence", LocalizedText.of("Preuve de résidence", "Proof of address"),
          "identite", LocalizedText.of("Pièce d'identité avec photo", "Photo ID"),
          "carte-rq", LocalizedText.of("Carte d'assurance maladie", "Health insurance card"));

  /** ISO 639 code → the language's own name. */
  static final Map<String, String> LANGUAGES =
      Map.ofEntries(
          Map.entry("fr", "Français"),
          Map.entry("en", "English"),
          Map.entry("es", "Español"),
          Map.entry("ar", "العربية"),
          Map.entry("zh", "中文"),
          Map.entry("ht", "Kreyòl ayisyen"),
          Map.entry("fa", "فارسی"),
          Map.entry("vi", "Tiếng Việt"),
          Map.entry("pt", "Português"),
          Map.entry("uk", "Українська"),
          Map.entry("iu", "ᐃᓄᒃᑎᑐᑦ"),
          Map.entry("cr", "ᓀᐦᐃᔭᐍᐏᐣ"),
          Map.entry("atj", "Atikamekw"));

  private static final List<String> OTHER_LANGUAGES =
      List.of("es", "ar", "zh", "ht", "fa", "vi", "pt", "uk");

  private static final String WEEKDAYS = "MO,TU,WE,TH,FR";
  private static final String EVERY_DAY = "MO,TU,WE,TH,FR,SA,SU";

  private final Random random;
  private final Supplier<UUID> ids;

  DemoDetails(Random random, Supplier<UUID> ids) {
    this.random = random;
    this.ids = ids;
  }

  String phone(String regionCode) {
    String area =
        switch (regionCode) {
          case "06" -> random.nextInt(4) == 0 ? "438" : "514";
          case "13", "14", "15", "16" -> random.nextInt(6) == 0 ? "579" : "450";
          case "04", "05", "07", "08", "17" -> random.nextInt(6) == 0 ? "873" : "819";
          default -> random.nextInt(6) == 0 ? "581" : "418";
        };
    return "+1 " + area + " 555-" + String.format("%04d", 100 + random.nextInt(9900));
  }

  String street() {
    return (10 + random.nextInt(2990)) + ", " + STREETS.get(random.nextInt(STREETS.size()));
  }

  String unit() {
    int r = random.nextInt(10);
    return r == 0
        ? "bureau " + (100 + random.nextInt(300))
        : r == 1 ? "local " + (1 + random.nextInt(20)) : null;
  }

  /** A fictitious postal code with the region's first letter (H Montréal and Laval, J west). */
  String postalCode(String regionCode) {
    char first =
        switch (regionCode) {
          case "06", "13" -> 'H';
          case "05", "07", "08", "14", "15", "16" -> 'J';
          default -> 'G';
        };
    String letters = "ABCEGHJKLMNPRSTVWXYZ";
    return ""
        + first
        + random.nextInt(10)
        + letters.charAt(random.nextInt(letters.length()))
        + " "
        + random.nextInt(10)
        + letters.charAt(random.nextInt(letters.length()))
        + random.nextInt(10);
  }

  /** HSDS schedule rows for a kind of opening hours (see service-templates.csv). */
  List<Schedule> schedules(String kind, UUID serviceId) {
    int open = 8 + random.nextInt(2);
    return switch (kind) {
      case "h24" ->
          List.of(
              row(
                  serviceId,
                  EVERY_DAY,
                  0,
                  0,
                  23,
                  59,
                  LocalizedText.of(
                      "Ouvert 24 heures sur 24, 7 jours sur 7",
                      "Open 24 hours a day, 7 days a week")));
      case "day8-20" -> List.of(row(serviceId, EVERY_DAY, 8, 0, 20, 0, LocalizedText.EMPTY));
      case "day" ->
          List.of(
              row(serviceId, WEEKDAYS, open, 30, 16 + random.nextInt(2), 30, LocalizedText.EMPTY));
      case "meals" -> List.of(row(serviceId, WEEKDAYS, 11, 30, 13, 0, LocalizedText.EMPTY));
      case "distribution" -> distribution(serviceId);
      case "evening" ->
          List.of(
              row(serviceId, "TU,WE,TH", 18, 0, 21, 0, LocalizedText.EMPTY),
              row(serviceId, "FR", 18, 0, 22, 0, LocalizedText.EMPTY));
      case "afternoon" ->
          List.of(row(serviceId, "MO,TU,WE,TH", 15, 30, 18, 0, LocalizedText.EMPTY));
      case "weekend" ->
          List.of(
              row(serviceId, "SA,SU", 10, 0, 16, 0, LocalizedText.EMPTY),
              row(serviceId, "WE", 18, 30, 21, 0, LocalizedText.EMPTY));
      case "appointment" ->
          List.of(
              row(
                  serviceId,
                  WEEKDAYS,
                  9,
                  0,
                  16,
                  0,
                  LocalizedText.of("Sur rendez-vous seulement", "By appointment only")));
      default ->
          List.of(
              row(serviceId, WEEKDAYS, open, 30, 12, 0, LocalizedText.EMPTY),
              row(serviceId, WEEKDAYS, 13, 0, 16, 30, LocalizedText.EMPTY));
    };
  }

  private List<Schedule> distribution(UUID serviceId) {
    List<String> days = List.of("MO", "TU", "WE", "TH", "FR");
    String first = days.get(random.nextInt(days.size()));
    List<Schedule> rows = new ArrayList<>();
    rows.add(
        row(
            serviceId,
            first,
            13,
            0,
            16,
            0,
            LocalizedText.of("Distribution de l'après-midi", "Afternoon distribution")));
    if (random.nextBoolean()) {
      String second = days.get((days.indexOf(first) + 2) % days.size());
      rows.add(
          row(
              serviceId,
              second,
              9,
              0,
              12,
              0,
              LocalizedText.of("Distribution du matin", "Morning distribution")));
    }
    return rows;
  }

  private Schedule row(
      UUID serviceId, String byday, int oh, int om, int ch, int cm, LocalizedText description) {
    return new Schedule(
        ids.get(),
        serviceId,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        "WEEKLY",
        1,
        byday,
        null,
        null,
        null,
        description,
        LocalTime.of(oh, om),
        LocalTime.of(ch, cm),
        null,
        null,
        LocalizedText.EMPTY);
  }

  LocalizedText applicationProcess(String scheduleKind) {
    return switch (scheduleKind) {
      case "appointment" ->
          LocalizedText.of("Appelez pour prendre rendez-vous.", "Call to make an appointment.");
      case "h24" -> LocalizedText.of("Appelez en tout temps.", "Call at any time.");
      default ->
          LocalizedText.of(
              "Présentez-vous pendant les heures d'ouverture ou appelez.",
              "Drop in during opening hours or call.");
    };
  }

  CostOption cost(String kind, UUID serviceId) {
    return switch (kind) {
      case "fee2" -> option(serviceId, "Contribution de 2 $", "$2 contribution", 2);
      case "fee5" -> option(serviceId, "Contribution de 5 $", "$5 contribution", 5);
      case "member5" ->
          option(serviceId, "Carte de membre annuelle : 5 $", "Annual membership: $5", 5);
      case "member10" ->
          option(serviceId, "Carte de membre annuelle : 10 $", "Annual membership: $10", 10);
      case "sliding" ->
          new CostOption(
              ids.get(),
              serviceId,
              null,
              null,
              LocalizedText.of("Tarif selon le revenu", "Sliding scale based on income"),
              "CAD",
              null,
              LocalizedText.of(
                  "Personne n'est refusé faute de moyens",
                  "No one is turned away for lack of money"));
      default -> option(serviceId, "Gratuit", "Free", 0);
    };
  }

  LocalizedText feesDescription(CostOption cost) {
    return cost.option();
  }

  private CostOption option(UUID serviceId, String fr, String en, int amount) {
    return new CostOption(
        ids.get(),
        serviceId,
        null,
        null,
        LocalizedText.of(fr, en),
        "CAD",
        BigDecimal.valueOf(amount),
        LocalizedText.EMPTY);
  }

  List<RequiredDocument> documents(List<String> keys, UUID serviceId) {
    return keys.stream()
        .filter(DOCUMENTS::containsKey)
        .map(k -> new RequiredDocument(ids.get(), serviceId, DOCUMENTS.get(k), null))
        .toList();
  }

  /** French always; English more often where more people speak it; other languages in cities. */
  List<String> languageCodes(String regionCode, boolean newcomers, boolean indigenous) {
    List<String> codes = new ArrayList<>(List.of("fr"));
    boolean bilingualArea = List.of("05", "06", "07", "13", "16").contains(regionCode);
    if (random.nextDouble() < (bilingualArea ? 0.75 : 0.3) || newcomers || indigenous) {
      codes.add("en");
    }
    boolean city = List.of("06", "13", "03").contains(regionCode);
    if (newcomers || (city && random.nextDouble() < 0.2)) {
      int count = 1 + random.nextInt(newcomers ? 3 : 1);
      for (int i = 0; i < count; i++) {
        String code = OTHER_LANGUAGES.get(random.nextInt(OTHER_LANGUAGES.size()));
        if (!codes.contains(code)) {
          codes.add(code);
        }
      }
    }
    if (indigenous) {
      codes.add(List.of("iu", "cr", "atj").get(random.nextInt(3)));
    }
    return codes;
  }

  List<Language> languages(List<String> codes, UUID serviceId) {
    return codes.stream()
        .map(c -> new Language(ids.get(), serviceId, null, null, LANGUAGES.get(c), c, null))
        .toList();
  }

  /** Six locations in ten are wheelchair accessible; one in ten says it is not. */
  List<Accessibility> accessibility(UUID locationId) {
    double r = random.nextDouble();
    if (r < 0.6) {
      boolean ramp = random.nextBoolean();
      return List.of(
          new Accessibility(
              ids.get(),
              locationId,
              LocalizedText.of("Accessible en fauteuil roulant", "Wheelchair accessible"),
              ramp
                  ? LocalizedText.of("Rampe d'accès et ascenseur", "Ramp and elevator")
                  : LocalizedText.of(
                      "Entrée de plain-pied et toilettes adaptées",
                      "Step-free entrance and accessible washroom"),
              null));
    }
    if (r < 0.7) {
      return List.of(
          new Accessibility(
              ids.get(),
              locationId,
              LocalizedText.of("Non accessible en fauteuil roulant", "Not wheelchair accessible"),
              LocalizedText.of(
                  "Escalier à l'entrée, pas d'ascenseur", "Stairs at the entrance, no elevator"),
              null));
    }
    return List.of();
  }
}
