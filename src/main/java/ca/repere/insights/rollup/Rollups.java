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
   * revision. Set-based, for millions of contacts: one insert per table and grain, the tables' keys
   * built once after all their rows (not maintained row by row), the needs unnested once.
   */
  @Transactional
  public void rebuild() {
    long start = System.currentTimeMillis();
    Steps steps = new Steps();
    // the aggregates of millions of rows stay in memory instead of spilling to disk
    jdbc.sql("set local work_mem = '1GB'").update();
    jdbc.sql("set local maintenance_work_mem = '512MB'").update();
    jdbc.sql(
            "lock table insights.applied_contact, insights.contact_count, insights.need_count"
                + " in exclusive mode")
        .update();
    jdbc.sql(
            "truncate insights.need_category, insights.applied_contact, insights.contact_count,"
                + " insights.need_count")
        .update();
    List<RepereCategory> categories = taxonomy.categories();
    jdbc.sql("insert into insights.need_category select * from unnest(?::text[], ?::text[])")
        .params(
            categories.stream().map(RepereCategory::code).toArray(String[]::new),
            categories.stream()
                .map(c -> c.isTop() ? c.code() : c.parentCode())
                .toArray(String[]::new))
        .update();
    dropKey("applied_contact");
    jdbc.sql(
            """
        insert into insights.applied_contact (contact_id, revision, started_at, channel,
          municipality_code, mrc_code, region_code, needs)
        select c.contact_id, c.revision, c.started_at, c.channel, c.municipality_code, c.mrc_code,
          c.region_code, coalesce(n.needs, '{}')
        from contacts.coded_contact c
        left join (
          select contact_id, array_agg(need_code || coalesce(':' || unmet_reason, '')) as needs
          from contacts.coded_need group by contact_id) n on n.contact_id = c.contact_id
        """)
        .update();
    addKey("applied_contact", "contact_id");
    steps.done("applied contacts");
    jdbc.sql(
            """
            create temporary table rollup_need on commit drop as
            select a.contact_id, a.channel,
              (a.started_at at time zone 'America/Montreal')::date as day,
              coalesce(a.region_code, '') as r, coalesce(a.mrc_code, '') as m,
              coalesce(a.municipality_code, '') as mu,
              split_part(x.entry, ':', 1) as need_code, split_part(x.entry, ':', 2) as reason,
              coalesce(nc.category, split_part(split_part(x.entry, ':', 1), '-', 1)) as category
            from insights.applied_contact a cross join lateral unnest(a.needs) as x(entry)
            left join insights.need_category nc on nc.need_code = split_part(x.entry, ':', 1)
            """)
        .update();
    jdbc.sql(
            """
            create temporary table rollup_contact_category on commit drop as
            select distinct contact_id, day, r, m, mu, channel, category from rollup_need
            """)
        .update();
    steps.done("coded needs");
    dropKey("contact_count");
    dropKey("need_count");
    for (String grain : List.of("M", "W")) {
      String period =
          "date_trunc('%s', day::timestamp)::date".formatted(grain.equals("M") ? "month" : "week");
      jdbc.sql(
              """
              insert into insights.contact_count
              select '%1$s', %2$s, coalesce(region_code, ''), coalesce(mrc_code, ''),
                coalesce(municipality_code, ''), channel, '*', count(*)
              from (select (started_at at time zone 'America/Montreal')::date as day, region_code,
                mrc_code, municipality_code, channel from insights.applied_contact) a
              group by 2, 3, 4, 5, 6
              union all
              select '%1$s', %2$s, r, m, mu, channel, category, count(*)
              from rollup_contact_category group by 2, 3, 4, 5, 6, 7
              """
                  .formatted(grain, period))
          .update();
      jdbc.sql(
              """
              insert into insights.need_count
              select '%s', %s, r, m, mu, channel, category, need_code, reason, count(*)
              from rollup_need group by 2, 3, 4, 5, 6, 7, 8, 9
              """
                  .formatted(grain, period))
          .update();
      steps.done("grain " + grain);
    }
    addKey(
        "contact_count",
        "grain, period, region_code, mrc_code, municipality_code, channel, category");
    addKey(
        "need_count",
        "grain, period, region_code, mrc_code, municipality_code, channel, need_code,"
            + " unmet_reason");
    steps.done("keys");
    jdbc.sql("analyze insights.applied_contact, insights.contact_count, insights.need_count")
        .update();
    changed();
    log.info(
        "Rebuilt the insights rollups in {} ms ({})", System.currentTimeMillis() - start, steps);
  }

  /**
   * Drops a rollup table's primary key for a bulk insert into the emptied table: building the key
   * once from all the rows afterwards ({@link #addKey}) is much faster than maintaining it row by
   * row. Both happen in the rebuild's transaction.
   */
  private void dropKey(String table) {
    jdbc.sql("alter table insights.%1$s drop constraint %1$s_pkey".formatted(table)).update();
  }

  private void addKey(String table, String columns) {
    jdbc.sql(
            "alter table insights.%1$s add constraint %1$s_pkey primary key (%2$s)"
                .formatted(table, columns))
        .update();
  }

  /** How long each step of a rebuild took, for its log line. */
  private static final class Steps {
    private final StringBuilder took = new StringBuilder();
    private long last = System.currentTimeMillis();

    void done(String step) {
      long now = System.currentTimeMillis();
      took.append(took.isEmpty() ? "" : ", ")
          .append(step)
          .append(' ')
          .append(now - last)
          .append(" ms");
      last = now;
    }

    @Override
    public String toString() {
      return took.toString();
    }
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
