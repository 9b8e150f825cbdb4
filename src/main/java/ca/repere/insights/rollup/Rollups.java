package ca.repere.insights.rollup;

import ca.repere.chat.ChatEnded;
import ca.repere.chat.ChatsLoaded;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import java.sql.Timestamp;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Keeps the rollups up to date: applies one contact's coded state (idempotent by revision), one
 * ended chat (idempotent by id), or rebuilds everything from the contacts module's coded views.
 */
@Component
public class Rollups {

  private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(Rollups.class);

  public static final ZoneId QUEBEC = ZoneId.of("America/Montreal");

  private final JdbcClient jdbc;
  private final RepereTaxonomy taxonomy;

  Rollups(JdbcClient jdbc, RepereTaxonomy taxonomy) {
    this.jdbc = jdbc;
    this.taxonomy = taxonomy;
  }

  /**
   * Counts the contact in its new state: subtracts what its last applied revision contributed and
   * adds the new state; a revision already applied (or older) changes nothing.
   *
   * @return whether the rollups changed
   */
  @Transactional
  boolean apply(UUID contactId, int revision, ContactState state) {
    jdbc.sql(
            "insert into insights.applied_contact (contact_id, revision) values (?, 0)"
                + " on conflict do nothing")
        .param(contactId)
        .update();
    Applied applied =
        jdbc.sql("select * from insights.applied_contact where contact_id = ? for update")
            .param(contactId)
            .query(
                (rs, i) ->
                    new Applied(
                        rs.getInt("revision"),
                        rs.getInt("revision") == 0
                            ? null
                            : new ContactState(
                                rs.getTimestamp("started_at").toInstant(),
                                rs.getString("channel"),
                                rs.getString("municipality_code"),
                                rs.getString("mrc_code"),
                                rs.getString("region_code"),
                                ContactState.parseNeeds(
                                    (String[]) rs.getArray("needs").getArray()))))
            .single();
    if (applied.revision() >= revision) {
      return false;
    }
    if (applied.state() != null) {
      add(applied.state(), -1);
    }
    add(state, 1);
    jdbc.sql(
            """
            update insights.applied_contact set revision = ?, started_at = ?, channel = ?,
              municipality_code = ?, mrc_code = ?, region_code = ?, needs = ?::text[]
            where contact_id = ?
            """)
        .params(
            revision,
            Timestamp.from(state.startedAt()),
            state.channel(),
            state.municipalityCode(),
            state.mrcCode(),
            state.regionCode(),
            arrayLiteral(state.storedNeeds()),
            contactId)
        .update();
    changed();
    return true;
  }

  /** Counts an ended chat once in its month's service levels. */
  @Transactional
  boolean apply(ChatEnded chat) {
    if (chat.queuedAt() == null) {
      return jdbc.sql(
                  "insert into insights.applied_chat (chat_id) values (?) on conflict do nothing")
              .param(chat.chatId())
              .update()
          > 0;
    }
    int inserted =
        jdbc.sql(
                """
                insert into insights.applied_chat (chat_id, month, outcome, waited_seconds)
                values (?, ?, ?, ?) on conflict do nothing
                """)
            .params(chat.chatId(), chatMonth(chat), chat.outcome(), waited(chat))
            .update();
    if (inserted == 0) {
      return false;
    }
    jdbc.sql(
            """
            insert into insights.chat_service values (?, ?, 1, ?)
            on conflict (month, outcome) do update set chats = insights.chat_service.chats + 1,
              waited_seconds = insights.chat_service.waited_seconds + excluded.waited_seconds
            """)
        .params(chatMonth(chat), chat.outcome(), waited(chat))
        .update();
    changed();
    return true;
  }

  /**
   * Counts chats loaded in bulk, each once, in the loading transaction; with {@code replace}, first
   * forgets (and subtracts) the chats loaded before from the same source.
   */
  @Transactional
  public void apply(ChatsLoaded loaded) {
    if (loaded.replace()) {
      jdbc.sql(
              """
              with forgotten as (
                delete from insights.applied_chat where source = ?
                returning month, outcome, waited_seconds),
              counted as (
                select month, outcome, count(*) as chats, sum(waited_seconds) as waited
                from forgotten where month is not null group by month, outcome)
              update insights.chat_service s
              set chats = s.chats - c.chats, waited_seconds = s.waited_seconds - c.waited
              from counted c where s.month = c.month and s.outcome = c.outcome
              """)
          .param(loaded.source())
          .update();
      jdbc.sql("delete from insights.chat_service where chats <= 0").update();
    }
    List<ChatEnded> chats = loaded.chats().stream().filter(c -> c.queuedAt() != null).toList();
    if (chats.isEmpty()) {
      changed();
      return;
    }
    String[] ids = new String[chats.size()];
    String[] months = new String[chats.size()];
    String[] outcomes = new String[chats.size()];
    String[] waits = new String[chats.size()];
    for (int i = 0; i < chats.size(); i++) {
      ChatEnded chat = chats.get(i);
      ids[i] = chat.chatId().toString();
      months[i] = chatMonth(chat).toString();
      outcomes[i] = chat.outcome();
      waits[i] = String.valueOf(waited(chat));
    }
    jdbc.sql(
            """
            with inserted as (
              insert into insights.applied_chat (chat_id, source, month, outcome, waited_seconds)
              select id::uuid, ?, month::date, outcome, waited::bigint
              from unnest(?::text[], ?::text[], ?::text[], ?::text[]) as c(id, month, outcome, waited)
              on conflict do nothing
              returning month, outcome, waited_seconds)
            insert into insights.chat_service
            select month, outcome, count(*), sum(waited_seconds) from inserted group by month, outcome
            on conflict (month, outcome) do update
            set chats = insights.chat_service.chats + excluded.chats,
              waited_seconds = insights.chat_service.waited_seconds + excluded.waited_seconds
            """)
        .params(loaded.source(), ids, months, outcomes, waits)
        .update();
    changed();
  }

  private static LocalDate chatMonth(ChatEnded chat) {
    return month(chat.queuedAt().atZone(QUEBEC).toLocalDate());
  }

  /** Seconds from queue to answer, or to leaving for a chat nobody answered. */
  private static long waited(ChatEnded chat) {
    Instant until = chat.answeredAt() != null ? chat.answeredAt() : chat.endedAt();
    return until == null ? 0 : Math.max(0, Duration.between(chat.queuedAt(), until).toSeconds());
  }

  /**
   * Rebuilds every contact rollup from the contacts module's coded views, in one transaction (after
   * a bulk load of demo or scale data). Contacts applied later by events are recognized by their
   * revision.
   */
  @Transactional
  public void rebuild() {
    long start = System.currentTimeMillis();
    jdbc.sql(
            "lock table insights.applied_contact, insights.contact_count, insights.need_count"
                + " in exclusive mode")
        .update();
    jdbc.sql(
            "truncate insights.need_category, insights.applied_contact, insights.contact_count,"
                + " insights.need_count")
        .update();
    for (RepereCategory category : taxonomy.categories()) {
      jdbc.sql("insert into insights.need_category values (?, ?)")
          .params(category.code(), category.isTop() ? category.code() : category.parentCode())
          .update();
    }
    jdbc.sql(
            """
            insert into insights.applied_contact (contact_id, revision, started_at, channel,
              municipality_code, mrc_code, region_code, needs)
            select c.contact_id, c.revision, c.started_at, c.channel, c.municipality_code,
              c.mrc_code, c.region_code,
              coalesce(array_agg(n.need_code || coalesce(':' || n.unmet_reason, ''))
                filter (where n.need_code is not null), '{}')
            from contacts.coded_contact c
            left join contacts.coded_need n on n.contact_id = c.contact_id
            group by c.contact_id, c.revision, c.started_at, c.channel, c.municipality_code,
              c.mrc_code, c.region_code
            """)
        .update();
    for (String grain : List.of("M", "W")) {
      rebuild(grain, grain.equals("M") ? "month" : "week");
    }
    changed();
    log.info("Rebuilt the insights rollups in {} ms", System.currentTimeMillis() - start);
  }

  private void rebuild(String grain, String unit) {
    String placed =
        """
        with placed as (
          select contact_id, channel, needs,
            date_trunc('%s', started_at at time zone 'America/Montreal')::date as period,
            coalesce(region_code, '') as r, coalesce(mrc_code, '') as m,
            coalesce(municipality_code, '') as mu
          from insights.applied_contact),
        coded as (
          select p.*, split_part(x.entry, ':', 1) as need_code, split_part(x.entry, ':', 2) as reason,
            coalesce(nc.category, split_part(x.entry, '-', 1)) as category
          from placed p cross join lateral unnest(p.needs) as x(entry)
          left join insights.need_category nc on nc.need_code = split_part(x.entry, ':', 1))
        """
            .formatted(unit);
    jdbc.sql(
            placed
                + """
                insert into insights.contact_count
                select '%1$s', period, r, m, mu, channel, '*', count(*) from placed
                group by period, r, m, mu, channel
                union all
                select '%1$s', period, r, m, mu, channel, category, count(*)
                from (select distinct contact_id, period, r, m, mu, channel, category from coded) d
                group by period, r, m, mu, channel, category
                """
                    .formatted(grain))
        .update();
    jdbc.sql(
            placed
                + """
                insert into insights.need_count
                select '%s', period, r, m, mu, channel, category, need_code, reason, count(*)
                from coded group by period, r, m, mu, channel, category, need_code, reason
                """
                    .formatted(grain))
        .update();
  }

  /** Adds (sign 1) or subtracts (sign -1) what one contact state counts for. */
  private void add(ContactState state, int sign) {
    LocalDate day = state.startedAt().atZone(QUEBEC).toLocalDate();
    Set<String> categories = new LinkedHashSet<>();
    state.needs().keySet().forEach(code -> categories.add(category(code)));
    for (String grain : List.of("M", "W")) {
      LocalDate period =
          grain.equals("M")
              ? month(day)
              : day.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
      List<Object[]> contacts = new ArrayList<>();
      contacts.add(contactRow(grain, period, state, "*", sign));
      categories.forEach(c -> contacts.add(contactRow(grain, period, state, c, sign)));
      batch(
          """
          insert into insights.contact_count values (?, ?, ?, ?, ?, ?, ?, ?)
          on conflict (grain, period, region_code, mrc_code, municipality_code, channel, category)
          do update set contacts = insights.contact_count.contacts + excluded.contacts
          """,
          contacts);
      List<Object[]> needs = new ArrayList<>();
      for (Map.Entry<String, String> need : state.needs().entrySet()) {
        needs.add(
            new Object[] {
              grain,
              period,
              code(state.regionCode()),
              code(state.mrcCode()),
              code(state.municipalityCode()),
              state.channel(),
              category(need.getKey()),
              need.getKey(),
              need.getValue() == null ? "" : need.getValue(),
              (long) sign
            });
      }
      batch(
          """
          insert into insights.need_count values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
          on conflict (grain, period, region_code, mrc_code, municipality_code, channel, need_code,
            unmet_reason)
          do update set needs = insights.need_count.needs + excluded.needs
          """,
          needs);
    }
  }

  private void batch(String sql, List<Object[]> rows) {
    for (Object[] row : rows) {
      jdbc.sql(sql).params(row).update();
    }
  }

  private static Object[] contactRow(
      String grain, LocalDate period, ContactState state, String category, int sign) {
    return new Object[] {
      grain,
      period,
      code(state.regionCode()),
      code(state.mrcCode()),
      code(state.municipalityCode()),
      state.channel(),
      category,
      (long) sign
    };
  }

  /** The top category of a need code (a sub-category's parent). */
  String category(String needCode) {
    Optional<RepereCategory> term = taxonomy.term(needCode);
    return term.map(c -> c.isTop() ? c.code() : c.parentCode())
        .orElse(needCode.contains("-") ? needCode.substring(0, needCode.indexOf('-')) : needCode);
  }

  private void changed() {
    jdbc.sql("update insights.rollup_version set version = version + 1 where id = 1").update();
  }

  /** The rollups' version: grows at every change. */
  public long version() {
    return jdbc.sql("select version from insights.rollup_version where id = 1")
        .query(Long.class)
        .single();
  }

  private static String code(String code) {
    return code == null ? "" : code;
  }

  private static LocalDate month(LocalDate day) {
    return day.withDayOfMonth(1);
  }

  private static String arrayLiteral(String[] values) {
    StringBuilder literal = new StringBuilder("{");
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        literal.append(',');
      }
      literal.append('"').append(values[i].replace("\\", "\\\\").replace("\"", "\\\"")).append('"');
    }
    return literal.append('}').toString();
  }

  private record Applied(int revision, ContactState state) {}
}
