package ca.repere.contacts.demo;

import ca.repere.chat.ChatEnded;
import ca.repere.contacts.demo.DemoContact.DemoNeed;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.geography.Municipality;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.UUID;

/**
 * Generates three years of fictitious contact records, month by month: volumes follow the seasons
 * (and an optional surge), places follow the population, needs follow the region and the season,
 * unmet needs follow the category and rurality. Deterministic: each month has its own random stream
 * derived from the seed, so a month can be generated alone and always comes out the same.
 */
final class DemoContactGenerator {

  static final ZoneId QUEBEC = ZoneId.of("America/Montreal");
  private static final double UNKNOWN_PLACE = 0.07;
  private static final double TOP_LEVEL_CODING = 0.15;
  private static final double[] SURGE = {0, 0, 0, 0.3, 0.8, 0.9, 0.7, 0.5, 0.3, 0.15};

  private final DemoContactSettings settings;
  private final List<Municipality> places;
  private final long[] cumulativePopulation;
  private final String[] categories = NeedMix.categories();
  private final Map<String, List<String>> subcategories = new java.util.HashMap<>();

  DemoContactGenerator(
      DemoContactSettings settings, List<Municipality> municipalities, RepereTaxonomy taxonomy) {
    this.settings = settings;
    this.places =
        municipalities.stream()
            .filter(m -> m.population() > 0 && m.regionCode() != null)
            .sorted(Comparator.comparing(Municipality::code))
            .toList();
    if (places.isEmpty()) {
      throw new IllegalArgumentException("No inhabited municipality to place contacts in");
    }
    this.cumulativePopulation = new long[places.size()];
    long sum = 0;
    for (int i = 0; i < places.size(); i++) {
      sum += places.get(i).population();
      cumulativePopulation[i] = sum;
    }
    for (String category : categories) {
      subcategories.put(
          category, taxonomy.subCategories(category).stream().map(RepereCategory::code).toList());
    }
  }

  /** The 36 months, oldest first. */
  List<YearMonth> months() {
    List<YearMonth> months = new ArrayList<>();
    for (int i = 0; i < DemoContactSettings.MONTHS; i++) {
      months.add(settings.firstMonth().plusMonths(i));
    }
    return months;
  }

  /** How many contacts a month gets: its share of the total by season, trend and surge. */
  long volume(YearMonth month) {
    double total = months().stream().mapToDouble(this::weight).sum();
    return Math.round(settings.contacts() * weight(month) / total);
  }

  /** The contacts of one month, in time order. */
  List<DemoContact> month(YearMonth month) {
    SplittableRandom random = new SplittableRandom(settings.seed() * 1_000_003L + month.hashCode());
    double surge = surge(month);
    int count = (int) volume(month);
    List<DemoContact> contacts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      contacts.add(contact(random, month, surge));
    }
    contacts.sort(Comparator.comparing(DemoContact::startedAt));
    return contacts;
  }

  /**
   * The chats of a month, from its contacts: every chat contact was an answered chat that waited in
   * the queue first; citizens who left the queue before an answer (abandoned) and messages left
   * outside opening hours (offline) have no contact. Waits grow at the busiest hours and with the
   * surge, and so does abandonment. Deterministic, from a stream of its own (the contacts stay the
   * same with or without chats).
   */
  List<ChatEnded> chats(YearMonth month, List<DemoContact> contacts) {
    SplittableRandom random =
        new SplittableRandom(settings.seed() * 7_919L + month.hashCode() * 31L + 17);
    double surge = surge(month);
    List<ChatEnded> chats = new ArrayList<>();
    for (DemoContact contact : contacts) {
      if (!contact.channel().equals("chat")) {
        continue;
      }
      double pressure = 1 + 2.5 * surge + busyHour(contact.startedAt());
      long waited = waitSeconds(random, pressure);
      chats.add(
          new ChatEnded(
              chatId(random),
              contact.startedAt().minusSeconds(waited),
              contact.startedAt(),
              contact.endedAt(),
              "answered",
              contact.language().equals("en") ? "en" : "fr",
              contact.municipalityCode(),
              contact.mrcCode(),
              contact.regionCode()));
      double abandonment = Math.min(0.45, 0.05 + 0.04 * pressure + 0.10 * surge);
      if (random.nextDouble() < abandonment / (1 - abandonment)) {
        long patience = 20 + (long) (waitSeconds(random, pressure) * (0.5 + random.nextDouble()));
        Instant queued = contact.startedAt().plusSeconds(random.nextInt(1_800));
        chats.add(
            new ChatEnded(
                chatId(random),
                queued,
                null,
                queued.plusSeconds(patience),
                "abandoned",
                contact.language().equals("en") ? "en" : "fr",
                contact.municipalityCode(),
                contact.mrcCode(),
                contact.regionCode()));
      }
      if (random.nextDouble() < 0.05) {
        Instant evening =
            contact
                .startedAt()
                .atZone(QUEBEC)
                .withHour(22)
                .withMinute(random.nextInt(60))
                .toInstant();
        chats.add(
            new ChatEnded(
                chatId(random), evening, null, evening, "offline", "fr", null, null, null));
      }
    }
    return chats;
  }

  /** How much busier than usual the hour is (0 off-peak, up to 1 at late morning). */
  private static double busyHour(Instant startedAt) {
    int hour = startedAt.atZone(QUEBEC).getHour();
    return hour >= 10 && hour <= 14 ? 1 : hour >= 9 && hour <= 16 ? 0.5 : 0;
  }

  /** A wait in the queue: usually a minute or two, with a long tail (log-normal). */
  private static long waitSeconds(SplittableRandom random, double pressure) {
    double gaussian = gaussian(random);
    return Math.max(5, Math.round(45 * pressure * Math.exp(0.8 * gaussian)));
  }

  private static double gaussian(SplittableRandom random) {
    double u = 1 - random.nextDouble();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * random.nextDouble());
  }

  private static UUID chatId(SplittableRandom random) {
    return new UUID(
        random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | (1L << 63));
  }

  private double weight(YearMonth month) {
    int index = index(month);
    return NeedMix.volume(month.getMonthValue()) * (1 + 0.04 * (index / 12)) * (1 + surge(month));
  }

  private double surge(YearMonth month) {
    int index = index(month);
    return settings.surge() && index < SURGE.length ? SURGE[index] : 0;
  }

  private int index(YearMonth month) {
    return (int) settings.firstMonth().until(month, java.time.temporal.ChronoUnit.MONTHS);
  }

  private DemoContact contact(SplittableRandom random, YearMonth month, double surge) {
    Municipality place = random.nextDouble() < UNKNOWN_PLACE ? null : place(random);
    String region = place == null ? null : place.regionCode();
    String channel = channel(random, index(month) / 12, surge);
    Instant started = startTime(random, month);
    int minutes = channel.equals("chat") ? 8 + random.nextInt(18) : 3 + random.nextInt(13);
    List<DemoNeed> needs = needs(random, month.getMonthValue(), region, surge);
    boolean crisis =
        needs.stream()
            .anyMatch(n -> n.code().startsWith("CRISE") || n.code().equals("SANTM-SUICIDE"));
    return new DemoContact(
        new UUID(
            random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | (1L << 63)),
        channel,
        started,
        started.plusSeconds(minutes * 60L + random.nextInt(60)),
        pick(
            random,
            new String[] {"self", "relative", "professional", "unknown"},
            .70,
            .15,
            .10,
            .05),
        place == null ? null : place.code(),
        place == null ? null : place.mrcCode(),
        region,
        language(random, region),
        ageGroup(random, needs),
        outcome(random, needs, crisis),
        crisis,
        needs);
  }

  private Municipality place(SplittableRandom random) {
    long target = random.nextLong(cumulativePopulation[cumulativePopulation.length - 1]);
    int found = java.util.Arrays.binarySearch(cumulativePopulation, target + 1);
    return places.get(found >= 0 ? found : -found - 1);
  }

  /** Chat grows every year (and during a surge), at the expense of the phone. */
  private static String channel(SplittableRandom random, int year, double surge) {
    double chat = 0.14 + 0.04 * year + 0.05 * surge;
    return pick(
        random,
        new String[] {"phone", "chat", "email", "text", "walk_in"},
        0.88 - chat - 0.12,
        chat,
        0.05,
        0.05,
        0.02);
  }

  /** Office hours, busiest late morning and early afternoon. */
  private static Instant startTime(SplittableRandom random, YearMonth month) {
    int day = 1 + random.nextInt(month.lengthOfMonth());
    int hour =
        Integer.parseInt(
            pick(
                random,
                new String[] {
                  "8", "9", "10", "11", "12", "13", "14", "15", "16", "17", "18", "19", "20"
                },
                4,
                8,
                11,
                11,
                9,
                10,
                10,
                9,
                8,
                7,
                5,
                4,
                4));
    return LocalDateTime.of(
            month.getYear(), month.getMonth(), day, hour, random.nextInt(60), random.nextInt(60))
        .atZone(QUEBEC)
        .toInstant();
  }

  private List<DemoNeed> needs(SplittableRandom random, int month, String region, double surge) {
    int count = Integer.parseInt(pick(random, new String[] {"1", "2", "3"}, .6, .3, .1));
    double[] weights = NeedMix.weights(region, month, surge);
    Set<String> codes = new LinkedHashSet<>();
    while (codes.size() < count) {
      codes.add(code(random, categories[index(random, weights)], month));
    }
    List<DemoNeed> needs = new ArrayList<>();
    for (String code : codes) {
      String category = code.contains("-") ? code.substring(0, code.indexOf('-')) : code;
      boolean unmet = random.nextDouble() < NeedMix.unmetRate(category, region, surge);
      needs.add(
          new DemoNeed(
              code,
              unmet ? NeedMix.REASONS[index(random, NeedMix.reasons(category, region))] : null));
    }
    return needs;
  }

  /** A sub-category (seasonal ones weigh more in their season), or the category itself. */
  private String code(SplittableRandom random, String category, int month) {
    List<String> subs = subcategories.get(category);
    if (subs.isEmpty() || random.nextDouble() < TOP_LEVEL_CODING) {
      return category;
    }
    Map<String, Double> seasonal = NeedMix.seasonalSubcategories(month);
    double[] weights = subs.stream().mapToDouble(s -> seasonal.getOrDefault(s, 1.0)).toArray();
    return subs.get(index(random, weights));
  }

  private static String language(SplittableRandom random, String region) {
    double english = "06".equals(region) || "07".equals(region) ? 0.30 : 0.10;
    double other = "10".equals(region) ? 0.20 : 0.04;
    return pick(random, new String[] {"fr", "en", "other"}, 1 - english - other, english, other);
  }

  private static String ageGroup(SplittableRandom random, List<DemoNeed> needs) {
    if (needs.stream().anyMatch(n -> n.code().startsWith("AINES")) && random.nextDouble() < 0.8) {
      return "from_65";
    }
    return pick(
        random,
        new String[] {"unknown", "under_18", "from_18_to_29", "from_30_to_64", "from_65"},
        .07,
        .05,
        .20,
        .50,
        .18);
  }

  private static String outcome(SplittableRandom random, List<DemoNeed> needs, boolean crisis) {
    if (crisis && random.nextDouble() < 0.3) {
      return "emergency_transfer";
    }
    if (random.nextDouble() < 0.02) {
      return "interrupted";
    }
    if (needs.stream().allMatch(n -> n.unmetReason() != null)) {
      return "unmet";
    }
    return random.nextDouble() < 0.7 ? "referred" : "informed";
  }

  private static String pick(SplittableRandom random, String[] values, double... weights) {
    return values[index(random, weights)];
  }

  private static int index(SplittableRandom random, double[] weights) {
    double total = 0;
    for (double w : weights) {
      total += w;
    }
    double target = random.nextDouble() * total;
    for (int i = 0; i < weights.length; i++) {
      target -= weights[i];
      if (target < 0) {
        return i;
      }
    }
    return weights.length - 1;
  }
}
