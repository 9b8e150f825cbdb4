package ca.repere.insights.rollup;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.chat.ChatEnded;
import ca.repere.chat.ChatsLoaded;
import ca.repere.contacts.AgeGroup;
import ca.repere.contacts.CallerType;
import ca.repere.contacts.Channel;
import ca.repere.contacts.ContactRecords;
import ca.repere.contacts.NeedAnswer;
import ca.repere.contacts.NewContact;
import ca.repere.contacts.Outcome;
import ca.repere.contacts.UnmetReason;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@RepereApplicationTest
class RollupsIT {

  @Autowired Rollups rollups;
  @Autowired ContactRecords contacts;
  @Autowired JdbcClient jdbc;

  @Test
  void theDemoContactsAreInTheRollupsByMonthAndWeek() {
    // contacts applied directly by the other tests of this class are dated before 2021
    long recorded =
        jdbc.sql("select count(*) from contacts.contact where started_at >= '2021-01-01'")
            .query(Long.class)
            .single();
    assertThat(recorded).isGreaterThan(30_000);
    assertThat(total("M")).isEqualTo(recorded);
    assertThat(total("W")).isEqualTo(recorded);
    long needs =
        jdbc.sql(
                "select count(*) from contacts.contact_need n join contacts.contact c on c.id ="
                    + " n.contact_id where c.started_at >= '2021-01-01'")
            .query(Long.class)
            .single();
    assertThat(
            jdbc.sql(
                    "select sum(needs) from insights.need_count where grain = 'M'"
                        + " and period >= '2021-01-01'")
                .query(Long.class)
                .single())
        .isEqualTo(needs);
    assertThat(
            jdbc.sql(
                    "select count(*) from insights.need_count where grain = 'M' and category = 'LOG'"
                        + " and unmet_reason = 'waiting_list'")
                .query(Long.class)
                .single())
        .isPositive();
  }

  @Test
  void aSavedContactShowsInTheRollupsWithinFiveSeconds() throws InterruptedException {
    Instant started = Instant.now().minus(2, ChronoUnit.HOURS).truncatedTo(ChronoUnit.SECONDS);
    LocalDate month = started.atZone(Rollups.QUEBEC).toLocalDate().withDayOfMonth(1);
    long before = unmetHousing(month, "03005");
    CurrentUser specialist =
        new CurrentUser(
            UUID.randomUUID(),
            "rollups-it@211.example",
            "Rollups",
            Set.of(Role.SPECIALIST),
            List.of(),
            null);

    contacts.record(
        new NewContact(
            Channel.PHONE,
            started,
            started.plusSeconds(300),
            CallerType.SELF,
            "03005",
            "fr",
            AgeGroup.FROM_30_TO_64,
            Outcome.REFERRED,
            false,
            List.of(
                new NeedAnswer("ALIM-BANQ", null),
                new NeedAnswer("LOG-URG", UnmetReason.NO_SERVICE)),
            List.of(),
            null,
            "",
            ""),
        specialist);

    long deadline = System.currentTimeMillis() + 5_000;
    while (unmetHousing(month, "03005") == before && System.currentTimeMillis() < deadline) {
      Thread.sleep(50);
    }
    assertThat(unmetHousing(month, "03005")).isEqualTo(before + 1);
  }

  @Test
  void aRepeatedOrOlderRevisionChangesNothingAndAnUpdateMovesTheCounts() {
    UUID id = UUID.randomUUID();
    Instant started = Instant.parse("2020-03-10T15:00:00Z");
    LocalDate march = LocalDate.of(2020, 3, 1);
    ContactState first = state(started, "10043", "100", "01", Map.of("ALIM-BANQ", ""));
    ContactState second = state(started, "03005", "030", "11", Map.of("LOG-URG", "waiting_list"));

    assertThat(rollups.apply(id, 1, first)).isTrue();
    assertThat(rollups.apply(id, 1, first)).as("a repeated delivery").isFalse();
    assertThat(contacts(march, "10043", "*")).isEqualTo(1);
    assertThat(contacts(march, "10043", "ALIM")).isEqualTo(1);

    assertThat(rollups.apply(id, 2, second)).isTrue();
    assertThat(rollups.apply(id, 1, first)).as("a late, older revision").isFalse();

    assertThat(contacts(march, "10043", "*")).isZero();
    assertThat(contacts(march, "10043", "ALIM")).isZero();
    assertThat(contacts(march, "03005", "*")).isEqualTo(1);
    assertThat(unmetHousing(march, "03005")).isEqualTo(1);
  }

  @Test
  void anEndedChatCountsOnceInItsMonthsServiceLevels() {
    Instant queued = Instant.parse("2019-05-06T14:00:00Z");
    ChatEnded chat =
        new ChatEnded(
            UUID.randomUUID(),
            queued,
            queued.plusSeconds(90),
            queued.plusSeconds(900),
            "answered",
            "fr",
            null,
            null,
            null);

    assertThat(rollups.apply(chat)).isTrue();
    assertThat(rollups.apply(chat)).isFalse();

    Map<String, Object> row =
        jdbc.sql(
                "select chats, waited_seconds from insights.chat_service where month = '2019-05-01'"
                    + " and outcome = 'answered'")
            .query()
            .singleRow();
    assertThat(row).containsEntry("chats", 1L).containsEntry("waited_seconds", 90L);
  }

  @Test
  void chatsLoadedInBulkCountOnceAndALaterLoadOfTheSameSourceReplacesThem() {
    Instant queued = Instant.parse("2018-03-05T15:00:00Z");
    ChatEnded answered =
        new ChatEnded(
            UUID.randomUUID(),
            queued,
            queued.plusSeconds(60),
            queued.plusSeconds(600),
            "answered",
            "fr",
            null,
            null,
            null);
    ChatEnded abandoned =
        new ChatEnded(
            UUID.randomUUID(),
            queued,
            null,
            queued.plusSeconds(200),
            "abandoned",
            "en",
            null,
            null,
            null);
    ChatEnded live =
        new ChatEnded(
            UUID.randomUUID(),
            queued,
            queued.plusSeconds(30),
            queued.plusSeconds(300),
            "answered",
            "fr",
            null,
            null,
            null);
    rollups.apply(live);

    rollups.apply(new ChatsLoaded("test-source", false, List.of(answered, abandoned)));
    rollups.apply(new ChatsLoaded("test-source", false, List.of(answered)));

    assertThat(chatService("2018-03-01", "answered")).containsExactly(2L, 90L);
    assertThat(chatService("2018-03-01", "abandoned")).containsExactly(1L, 200L);

    ChatEnded again =
        new ChatEnded(
            UUID.randomUUID(),
            queued,
            queued.plusSeconds(120),
            queued.plusSeconds(600),
            "answered",
            "fr",
            null,
            null,
            null);
    rollups.apply(new ChatsLoaded("test-source", true, List.of(again)));

    assertThat(chatService("2018-03-01", "answered")).containsExactly(2L, 150L);
    assertThat(chatService("2018-03-01", "abandoned")).isEmpty();
  }

  @Test
  void theDemoDataHasAYearOfChatServiceLevels() {
    List<Map<String, Object>> months =
        jdbc.sql(
                """
                select month, sum(chats) filter (where outcome = 'answered') as answered,
                  sum(chats) filter (where outcome = 'abandoned') as abandoned,
                  sum(waited_seconds) filter (where outcome = 'answered') as waited
                from insights.chat_service
                where month >= date_trunc('month', now()) - interval '12 months'
                  and month < date_trunc('month', now())
                group by month
                """)
            .query()
            .listOfRows();
    assertThat(months).hasSize(12);
    for (Map<String, Object> month : months) {
      long answered = ((Number) month.get("answered")).longValue();
      long abandoned = ((Number) month.get("abandoned")).longValue();
      assertThat(answered).as("answered in " + month.get("month")).isGreaterThan(100);
      assertThat(abandoned / (double) (answered + abandoned)).isBetween(0.03, 0.30);
      assertThat(((Number) month.get("waited")).longValue() / answered).isBetween(20L, 300L);
    }
  }

  private List<Long> chatService(String month, String outcome) {
    return jdbc.sql(
            "select chats, waited_seconds from insights.chat_service where month = ?::date"
                + " and outcome = ?")
        .params(month, outcome)
        .query((rs, i) -> List.of(rs.getLong(1), rs.getLong(2)))
        .optional()
        .orElse(List.of());
  }

  private long total(String grain) {
    return jdbc.sql(
            "select coalesce(sum(contacts), 0) from insights.contact_count where grain = ? and category"
                + " = '*' and period >= '2021-01-01'")
        .param(grain)
        .query(Long.class)
        .single();
  }

  private long contacts(LocalDate month, String municipality, String category) {
    return jdbc.sql(
            "select coalesce(sum(contacts), 0) from insights.contact_count where grain = 'M'"
                + " and period = ? and municipality_code = ? and category = ?")
        .params(month, municipality, category)
        .query(Long.class)
        .single();
  }

  private long unmetHousing(LocalDate month, String municipality) {
    return jdbc.sql(
            "select coalesce(sum(needs), 0) from insights.need_count where grain = 'M' and period = ?"
                + " and municipality_code = ? and category = 'LOG' and unmet_reason <> ''")
        .params(month, municipality)
        .query(Long.class)
        .single();
  }

  private static ContactState state(
      Instant started, String municipality, String mrc, String region, Map<String, String> needs) {
    Map<String, String> coded = new LinkedHashMap<>();
    needs.forEach((code, reason) -> coded.put(code, reason.isEmpty() ? null : reason));
    return new ContactState(started, "phone", municipality, mrc, region, coded);
  }
}
