package ca.repere.contacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.chat.ChatEnded;
import ca.repere.contacts.demo.DemoContact.DemoNeed;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.geography.Municipality;
import ca.repere.shared.GeoPoint;
import java.time.YearMonth;
import java.util.List;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

class DemoContactGeneratorTests {

  static final List<Municipality> PLACES =
      List.of(
          municipality("66023", "Montréal", "66", "06", 1_800_000),
          municipality("23027", "Québec", "23", "03", 550_000),
          municipality("10043", "Rimouski", "100", "01", 50_000),
          municipality("03005", "Gaspé", "030", "11", 15_000));
  static final RepereTaxonomy TAXONOMY = RepereTaxonomy.load();
  static final YearMonth LAST = YearMonth.of(2026, 10);
  static final DemoContactSettings SETTINGS = new DemoContactSettings(211, 30_000, LAST, true);

  static final DemoContactGenerator generator =
      new DemoContactGenerator(SETTINGS, PLACES, TAXONOMY);
  static final List<DemoContact> all =
      generator.months().stream().flatMap(m -> generator.month(m).stream()).toList();

  @Test
  void theSameSeedGivesTheSameContacts() {
    DemoContactGenerator again = new DemoContactGenerator(SETTINGS, PLACES, TAXONOMY);
    assertThat(again.month(LAST)).isEqualTo(generator.month(LAST));
    DemoContactGenerator other =
        new DemoContactGenerator(
            new DemoContactSettings(212, 30_000, LAST, true), PLACES, TAXONOMY);
    assertThat(other.month(LAST)).isNotEqualTo(generator.month(LAST));
  }

  @Test
  void monthsGeneratedInParallelAreTheSameAsOneByOne() {
    // the scale mode generates months on several threads at once
    List<List<DemoContact>> parallel =
        generator.months().parallelStream().map(generator::month).toList();
    assertThat(parallel.stream().flatMap(List::stream).toList()).isEqualTo(all);
  }

  @Test
  void threeYearsEndWithTheLastCompleteMonthAndHoldTheRequestedVolume() {
    assertThat(generator.months()).hasSize(36).endsWith(LAST).startsWith(YearMonth.of(2023, 11));
    assertThat(all).hasSizeBetween(29_900, 30_100);
    assertThat(all)
        .allMatch(
            c -> !YearMonth.from(c.startedAt().atZone(DemoContactGenerator.QUEBEC)).isAfter(LAST));
  }

  @Test
  void theSurgeNearlyDoublesVolumesForAFewMonths() {
    long peak = generator.volume(SETTINGS.firstMonth().plusMonths(5));
    long sameMonthTwoYearsLater = generator.volume(SETTINGS.firstMonth().plusMonths(29));
    assertThat((double) peak / sameMonthTwoYearsLater).isBetween(1.6, 2.1);
  }

  @Test
  void placesFollowThePopulationAndSomeAreUnknown() {
    double unknown = share(all, c -> c.municipalityCode() == null);
    assertThat(unknown).isBetween(0.05, 0.09);
    List<DemoContact> known = all.stream().filter(c -> c.municipalityCode() != null).toList();
    assertThat(share(known, c -> c.regionCode().equals("06"))).isBetween(0.72, 0.78);
    assertThat(share(known, c -> c.regionCode().equals("11"))).isBetween(0.002, 0.01);
    assertThat(known).allMatch(c -> c.mrcCode() != null);
  }

  @Test
  void foodPeaksInDecemberHousingInJulyAndTaxClinicsInSpring() {
    assertThat(needShare(12, "ALIM")).isGreaterThan(needShare(8, "ALIM") * 1.3);
    assertThat(needShare(7, "LOG")).isGreaterThan(needShare(10, "LOG") * 1.4);
    assertThat(needShare(4, "REVENU-IMPOT")).isGreaterThan(needShare(10, "REVENU-IMPOT") * 5);
  }

  @Test
  void immigrationNeedsConcentrateInMontrealAndTransportInRuralRegions() {
    assertThat(needShareIn("06", "IMMI")).isGreaterThan(needShareIn("03", "IMMI") * 1.8);
    assertThat(needShareIn("01", "TRANSP") + needShareIn("11", "TRANSP"))
        .isGreaterThan(2 * needShareIn("06", "TRANSP") * 2);
  }

  @Test
  void unmetNeedsAreAMinorityWithReasonsAndDistanceWeighsMoreInRuralRegions() {
    List<DemoNeed> needs = all.stream().flatMap(c -> c.needs().stream()).toList();
    double unmet =
        needs.stream().filter(n -> n.unmetReason() != null).count() / (double) needs.size();
    assertThat(unmet).isBetween(0.08, 0.25);
    assertThat(needs)
        .filteredOn(n -> n.unmetReason() != null)
        .extracting(DemoNeed::unmetReason)
        .containsAnyOf(NeedMix.REASONS)
        .allMatch(r -> List.of(NeedMix.REASONS).contains(r));
    assertThat(tooFarShare("01")).isGreaterThan(tooFarShare("06") * 2);
  }

  @Test
  void chatGrowsEveryYearAndEveryContactHasOneToThreeDistinctNeeds() {
    double first = share(all.subList(0, 8_000), c -> c.channel().equals("chat"));
    double last =
        share(all.subList(all.size() - 8_000, all.size()), c -> c.channel().equals("chat"));
    assertThat(last).isGreaterThan(first + 0.03);
    assertThat(all)
        .allMatch(c -> c.needs().size() >= 1 && c.needs().size() <= 3)
        .allMatch(
            c -> c.needs().stream().map(DemoNeed::code).distinct().count() == c.needs().size())
        .allMatch(c -> TAXONOMY.term(c.needs().get(0).code()).isPresent())
        .allMatch(c -> !c.endedAt().isBefore(c.startedAt()));
  }

  @Test
  void chatsWaitAMinuteOrTwoSomeAreAbandonedAndTheSurgeMakesBothWorse() {
    YearMonth surge = LAST.minusMonths(DemoContactSettings.MONTHS - 5);
    List<ChatEnded> calm = generator.chats(LAST, generator.month(LAST));
    List<ChatEnded> busy = generator.chats(surge, generator.month(surge));

    assertThat(calm.stream().filter(c -> c.outcome().equals("answered")).count())
        .isEqualTo(generator.month(LAST).stream().filter(c -> c.channel().equals("chat")).count());
    assertThat(calm)
        .allMatch(c -> !c.endedAt().isBefore(c.queuedAt()))
        .allMatch(c -> c.outcome().equals("answered") == (c.answeredAt() != null));
    double calmAbandoned = abandonment(calm);
    assertThat(calmAbandoned).isBetween(0.04, 0.20);
    assertThat(abandonment(busy)).isGreaterThan(calmAbandoned + 0.03).isLessThan(0.45);
    double calmWait = medianWait(calm);
    assertThat(calmWait).isBetween(30.0, 180.0);
    assertThat(medianWait(busy)).isGreaterThan(calmWait * 1.5);
    assertThat(generator.chats(LAST, generator.month(LAST))).isEqualTo(calm);
  }

  private static double abandonment(List<ChatEnded> chats) {
    long answered = chats.stream().filter(c -> c.outcome().equals("answered")).count();
    long abandoned = chats.stream().filter(c -> c.outcome().equals("abandoned")).count();
    return abandoned / (double) (answered + abandoned);
  }

  private static double medianWait(List<ChatEnded> chats) {
    List<Long> waits =
        chats.stream()
            .filter(c -> c.answeredAt() != null)
            .map(c -> java.time.Duration.between(c.queuedAt(), c.answeredAt()).toSeconds())
            .sorted()
            .toList();
    return waits.get(waits.size() / 2);
  }

  private double needShare(int month, String codePrefix) {
    List<DemoNeed> needs =
        all.stream()
            .filter(c -> c.startedAt().atZone(DemoContactGenerator.QUEBEC).getMonthValue() == month)
            .flatMap(c -> c.needs().stream())
            .toList();
    return needs.stream().filter(n -> n.code().startsWith(codePrefix)).count()
        / (double) needs.size();
  }

  private double needShareIn(String region, String category) {
    List<DemoNeed> needs =
        all.stream()
            .filter(c -> region.equals(c.regionCode()))
            .flatMap(c -> c.needs().stream())
            .toList();
    return needs.stream().filter(n -> n.code().startsWith(category)).count()
        / (double) needs.size();
  }

  private double tooFarShare(String region) {
    List<DemoNeed> unmet =
        all.stream()
            .filter(c -> region.equals(c.regionCode()))
            .flatMap(c -> c.needs().stream())
            .filter(n -> n.unmetReason() != null)
            .toList();
    return unmet.stream().filter(n -> n.unmetReason().equals("too_far")).count()
        / (double) unmet.size();
  }

  private static double share(List<DemoContact> contacts, Predicate<DemoContact> test) {
    return contacts.stream().filter(test).count() / (double) contacts.size();
  }

  private static Municipality municipality(
      String code, String name, String mrc, String region, int people) {
    return new Municipality(
        code,
        name,
        mrc,
        "MRC " + mrc,
        region,
        "Région " + region,
        people,
        new GeoPoint(46.8, -71.2));
  }
}
