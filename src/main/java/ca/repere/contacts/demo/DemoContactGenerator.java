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
    MonthMix mix = new MonthMix(month);
    int count = (int) volume(month);
    List<DemoContact> contacts = new ArrayList<>(count);
    for (int i = 0; i < count; i++) {
      contacts.add(contact(random, mix));
    }
    contacts.sort(Comparator.comparing(DemoContact::startedAt));
    return contacts;
  }

  /**
   * What stays the same for every contact of a month, computed once per month rather than per
   * contact (the scale mode generates millions): the surge, the channel mix, the need weights of
   * each region, the seasonal sub-category weights and the start of each day in UTC. Draws from the
   * random stream exactly as the per-contact computation did, so the contacts are the same.
   */
  private final class MonthMix {

    final YearMonth month;
    final int monthValue;
    final double surge;
    final double[] channelWeights;
    final Map<String, double[]> needWeights = new java.util.HashMap<>();
    final Map<String, double[]> subcategoryWeights = new java.util.HashMap<>();

    /** Epoch second of each day's local midnight, with the offset of its office hours. */
    final long[] dayStart;

    MonthMix(YearMonth month) {
      this.month = month;
      this.monthValue = month.getMonthValue();
      this.surge = surge(month);
      double chat = 0.14 + 0.04 * (index(month) / 12) + 0.05 * surge;
      this.channelWeights = new double[] {0.88 - chat - 0.12, chat, 0.05, 0.05, 0.02};
      Map<String, Double> seasonal = NeedMix.seasonalSubcategories(monthValue);
      for (String category : categories) {
        subcategoryWeights.put(
            category,
            subcategories.get(category).stream()
                .mapToDouble(s -> seasonal.getOrDefault(s, 1.0))
                .toArray());
      }
      this.dayStart = new long[month.lengthOfMonth() + 1];
      for (int day = 1; day <= month.lengthOfMonth(); day++) {
        // office hours (8 to 20) never straddle a daylight-saving change (made at 2 or 3 a.m.)
        LocalDateTime noon = month.atDay(day).atTime(12, 0);
        int offset = QUEBEC.getRules().getOffset(noon).getTotalSeconds();
        dayStart[day] = month.atDay(day).toEpochDay() * 86_400L - offset;
      }
    }

    double[] needWeights(String region) {
      return needWeights.computeIfAbsent(
          region == null ? "" : region,
          r -> NeedMix.weights(r.isEmpty() ? null : r, monthValue, surge));
    }
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

  private static final String[] CHANNELS = {"phone", "chat", "email", "text", "walk_in"};
  private static final String[] CALLER_TYPES = {"self", "relative", "professional", "unknown"};
  private static final double[] CALLER_WEIGHTS = {.70, .15, .10, .05};
  private static final double[] HOUR_WEIGHTS = {4, 8, 11, 11, 9, 10, 10, 9, 8, 7, 5, 4, 4};
  private static final double[] NEED_COUNT_WEIGHTS = {.6, .3, .1};

  private DemoContact contact(SplittableRandom random, MonthMix mix) {
    Municipality place = random.nextDouble() < UNKNOWN_PLACE ? null : place(random);
    String region = place == null ? null : place.regionCode();
    String channel = CHANNELS[index(random, mix.channelWeights)];
    Instant started = startTime(random, mix);
    int minutes = channel.equals("chat") ? 8 + random.nextInt(18) : 3 + random.nextInt(13);
    List<DemoNeed> needs = needs(random, mix, region);
    boolean crisis = false;
    for (DemoNeed need : needs) {
      crisis |= need.code().startsWith("CRISE") || need.code().equals("SANTM-SUICIDE");
    }
    return new DemoContact(
        new UUID(
            random.nextLong() & ~0xF000L | 0x4000L, random.nextLong() & ~(3L << 62) | (1L << 63)),
        channel,
        started,
        started.plusSeconds(minutes * 60L + random.nextInt(60)),
        CALLER_TYPES[index(random, CALLER_WEIGHTS)],
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

  /** Office hours, busiest late morning and early afternoon. */
  private static Instant startTime(SplittableRandom random, MonthMix mix) {
    int day = 1 + random.nextInt(mix.month.lengthOfMonth());
    int hour = 8 + index(random, HOUR_WEIGHTS);
    int minute = random.nextInt(60);
    int second = random.nextInt(60);
    return Instant.ofEpochSecond(mix.dayStart[day] + hour * 3_600L + minute * 60L + second);
  }

  private List<DemoNeed> needs(SplittableRandom random, MonthMix mix, String region) {
    int count = 1 + index(random, NEED_COUNT_WEIGHTS);
    double[] weights = mix.needWeights(region);
    Set<String> codes = new LinkedHashSet<>();
    while (codes.size() < count) {
      codes.add(code(random, categories[index(random, weights)], mix));
    }
    List<DemoNeed> needs = new ArrayList<>(count);
    for (String code : codes) {
      int dash = code.indexOf('-');
      String category = dash >= 0 ? code.substring(0, dash) : code;
      boolean unmet = random.nextDouble() < NeedMix.unmetRate(category, region, mix.surge);
      needs.add(
          new DemoNeed(
              code,
              unmet ? NeedMix.REASONS[index(random, NeedMix.reasons(category, region))] : null));
    }
    return needs;
  }

  /** A sub-category (seasonal ones weigh more in their season), or the category itself. */
  private String code(SplittableRandom random, String category, MonthMix mix) {
    List<String> subs = subcategories.get(category);
    if (subs.isEmpty() || random.nextDouble() < TOP_LEVEL_CODING) {
      return category;
    }
    return subs.get(index(random, mix.subcategoryWeights.get(category)));
  }

  private static String language(SplittableRandom random, String region) {
    double english = "06".equals(region) || "07".equals(region) ? 0.30 : 0.10;
    double other = "10".equals(region) ? 0.20 : 0.04;
    return pick(random, new String[] {"fr", "en", "other"}, 1 - english - other, english, other);
  }

  private static final String[] AGE_GROUPS = {
    "unknown", "under_18", "from_18_to_29", "from_30_to_64", "from_65"
  };
  private static final double[] AGE_WEIGHTS = {.07, .05, .20, .50, .18};

  private static String ageGroup(SplittableRandom random, List<DemoNeed> needs) {
    boolean senior = false;
    for (DemoNeed need : needs) {
      senior |= need.code().startsWith("AINES");
    }
    if (senior && random.nextDouble() < 0.8) {
      return "from_65";
    }
    return AGE_GROUPS[index(random, AGE_WEIGHTS)];
  }

  private static String outcome(SplittableRandom random, List<DemoNeed> needs, boolean crisis) {
    if (crisis && random.nextDouble() < 0.3) {
      return "emergency_transfer";
    }
    if (random.nextDouble() < 0.02) {
      return "interrupted";
    }
    boolean allUnmet = true;
    for (DemoNeed need : needs) {
      allUnmet &= need.unmetReason() != null;
    }
    if (allUnmet) {
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
