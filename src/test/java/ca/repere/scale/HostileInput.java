package ca.repere.scale;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.RandomGenerator;
import net.jqwik.api.Tuple;
import net.jqwik.time.api.Dates;

/**
 * Values a careless or hostile client sends: long strings, any Unicode, control characters, HTML
 * and SQL payloads, numbers out of range, impossible dates, malformed UUIDs, empty values. Drawn
 * with jqwik's generators from a seeded {@link Random}, so a failing run can be replayed.
 */
final class HostileInput {

  /** Payloads that broke web applications before. */
  static final List<String> PAYLOADS =
      List.of(
          "",
          " ",
          "\t\r\n",
          "null",
          "undefined",
          "<script>alert(1)</script>",
          "\"><img src=x onerror=alert(1)>",
          "javascript:alert(1)",
          "' OR '1'='1",
          "'; DROP TABLE directory.organization; --",
          "\\",
          "%",
          "%00",
          "%25%32%65",
          "../../../../etc/passwd",
          "${jndi:ldap://x/a}",
          "#{7*7}",
          "[[${7*7}]]",
          "__${T(java.lang.Runtime).getRuntime()}__::.x",
          "%s%s%s%n",
          "{0}{1}",
          "-1",
          "0",
          "-0",
          "2147483648",
          "-9223372036854775809",
          "99999999999999999999999999",
          "1e309",
          "NaN",
          "Infinity",
          "0x1F",
          "1,5",
          "45.5,-73.6",
          "91,181",
          "true",
          "on",
          "2026-02-30",
          "2026-13-01",
          "0000-00-00",
          "31/12/2026",
          "2026-11-29T25:61",
          "24:00",
          "99:99",
          "00000000-0000-0000-0000-000000000000",
          "ffffffff-ffff-ffff-ffff-fffffffffffff",
          "not-a-uuid",
          "H2X 1Y4",
          "h2x",
          "Montréal",
          "Île-d'Orléans",
          "j'ai faim",
          "\u0000",
          "\u202eevil",
          "\uFEFF",
          "\uD83D\uDE00\uD83C\uDDF6\uD83C\uDDE8",
          "a\u0301\u0301\u0301\u0301",
          "\uD800",
          "Z̷̢̛a̵l̶g̸o̴",
          "ﷺ",
          "{\"a\":",
          "[]",
          "*",
          "?",
          "~",
          "fr",
          "en",
          "xx-YY");

  private static final List<DateTimeFormatter> DATE_FORMATS =
      List.of(
          DateTimeFormatter.ISO_LOCAL_DATE,
          DateTimeFormatter.ofPattern("dd/MM/yyyy"),
          DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm"),
          DateTimeFormatter.BASIC_ISO_DATE);

  private final RandomGenerator<String> values;
  private final RandomGenerator<String> acceptLanguages;
  private final RandomGenerator<String> large;
  private final Random random;

  HostileInput(Random random) {
    this.random = random;
    this.values = text().generator(1000);
    this.acceptLanguages = acceptLanguages().generator(100);
    this.large =
        Arbitraries.strings().all().ofMinLength(20_000).ofMaxLength(100_000).generator(1000);
  }

  /** A value for any parameter, header or path segment. */
  String next() {
    return values.next(random).value();
  }

  /** Mostly plausible values (from the page's own form), often hostile ones. */
  String next(List<String> plausible) {
    if (!plausible.isEmpty() && random.nextInt(3) > 0) {
      return plausible.get(random.nextInt(plausible.size()));
    }
    return next();
  }

  String acceptLanguage() {
    return acceptLanguages.next(random).value();
  }

  /** A body far beyond any form (up to about 1 MB encoded, under Tomcat's 2 MB form limit). */
  String largeBody() {
    return large.next(random).value();
  }

  /** A list index: usual, at the edge of Spring's auto-grow limit, past it, negative. */
  int index() {
    int[] indexes = {0, 1, 2, 255, 256, 257, 1000, 99_999, -1};
    return indexes[random.nextInt(indexes.length)];
  }

  boolean chance(int percent) {
    return random.nextInt(100) < percent;
  }

  void shuffle(List<?> list) {
    java.util.Collections.shuffle(list, random);
  }

  int upTo(int bound) {
    return random.nextInt(bound);
  }

  private static Arbitrary<String> text() {
    return Arbitraries.frequencyOf(
        Tuple.of(6, Arbitraries.of(PAYLOADS)),
        Tuple.of(3, Arbitraries.strings().all().ofMaxLength(60)),
        Tuple.of(2, Arbitraries.strings().withCharRange('\u0000', '\u001f').ofMaxLength(10)),
        Tuple.of(
            2,
            Arbitraries.strings()
                .withChars("éèàçôûÉÎœ«»’–— ")
                .alpha()
                .numeric()
                .ofMinLength(1)
                .ofMaxLength(40)),
        Tuple.of(1, Arbitraries.strings().alpha().numeric().ofMinLength(300).ofMaxLength(3_000)),
        Tuple.of(2, Arbitraries.longs().map(String::valueOf)),
        Tuple.of(1, Arbitraries.doubles().map(String::valueOf)),
        Tuple.of(1, Arbitraries.bigIntegers().map(String::valueOf)),
        Tuple.of(2, dates()),
        Tuple.of(2, Arbitraries.create(UUID::randomUUID).map(UUID::toString)),
        Tuple.of(
            1, Arbitraries.create(UUID::randomUUID).map(u -> u.toString().substring(0, 35) + "g")));
  }

  private static Arbitrary<String> dates() {
    return Dates.dates()
        .between(LocalDate.of(1, 1, 1), LocalDate.of(9999, 12, 31))
        .flatMap(date -> Arbitraries.of(DATE_FORMATS).map(f -> date.atTime(23, 59).format(f)));
  }

  private static Arbitrary<String> acceptLanguages() {
    return Arbitraries.frequencyOf(
        Tuple.of(
            3,
            Arbitraries.of(
                "fr-CA,fr;q=0.9,en;q=0.8",
                "en",
                "*",
                "xx",
                "fr;q=abc",
                "fr;q=2",
                ";;;,,,",
                "en-US;q=0.5, *;q=-1",
                "zh-Hant-TW-x-private-1234567890",
                "i-klingon",
                "de-DE-u-co-phonebk",
                "\u00e9")),
        Tuple.of(1, Arbitraries.strings().ascii().ofMaxLength(200)));
  }
}
