package ca.repere.contacts.demo;

import ca.repere.chat.ChatEnded;
import ca.repere.chat.ChatsLoaded;
import ca.repere.contacts.ContactsBulkLoaded;
import ca.repere.contacts.demo.DemoContact.DemoNeed;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.geography.Geography;
import ca.repere.platform.Progress;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.postgresql.copy.CopyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes generated contacts with PostgreSQL's binary COPY, one transaction for the whole load (all
 * or nothing; a large load sets the tables' keys aside and builds them after, see {@link
 * BulkLoadKeys}), then announces it with {@link ContactsBulkLoaded}; the chats behind the chat
 * contacts (with the abandoned and offline ones, which have no contact) are announced month by
 * month with {@link ChatsLoaded}, for the chat service levels. Demo contacts are those of the demo
 * specialist {@link #DEMO_SPECIALIST}, in no centre: no real staff member can read them, and they
 * are found again to be replaced. They carry no follow-up, identity or note.
 */
@Component
class DemoContactLoader {

  static final UUID DEMO_SPECIALIST =
      UUID.nameUUIDFromBytes("repere-demo-specialist".getBytes(StandardCharsets.UTF_8));

  /** From this many contacts, the load sets the contact tables' keys and indexes aside. */
  static final long BULK_LOAD = 500_000;

  private static final Logger log = LoggerFactory.getLogger(DemoContactLoader.class);

  /** The source of the demo chats (their waits and abandonments) announced with the contacts. */
  static final String CHAT_SOURCE = "demo";

  private final Geography geography;
  private final RepereTaxonomy taxonomy;
  private final DataSource dataSource;
  private final JdbcTemplate jdbc;
  private final TransactionTemplate transaction;
  private final ApplicationEventPublisher events;

  DemoContactLoader(
      Geography geography,
      RepereTaxonomy taxonomy,
      DataSource dataSource,
      JdbcTemplate jdbc,
      TransactionTemplate transaction,
      ApplicationEventPublisher events) {
    this.geography = geography;
    this.taxonomy = taxonomy;
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.events = events;
  }

  long demoContacts() {
    return jdbc.queryForObject(
        "select count(*) from contacts.contact where specialist_id = ?",
        Long.class,
        DEMO_SPECIALIST);
  }

  /** Generates and writes the contacts; with {@code replace}, removes the previous demo first. */
  long load(DemoContactSettings settings, boolean replace, Progress progress) {
    return load(settings, replace, settings.contacts() >= BULK_LOAD, progress);
  }

  /**
   * Generates the months in parallel (each month has its own random stream, so the contacts are the
   * same in any order) while this thread writes them, in month order, with binary COPY; with {@code
   * bulk}, the contact tables' keys and indexes are set aside during the load and built once after.
   */
  long load(DemoContactSettings settings, boolean replace, boolean bulk, Progress progress) {
    DemoContactGenerator generator =
        new DemoContactGenerator(settings, geography.municipalities(), taxonomy);
    int threads = Math.max(2, Runtime.getRuntime().availableProcessors());
    ExecutorService workers =
        Executors.newFixedThreadPool(
            threads,
            task -> {
              Thread thread = new Thread(task, "demo-contacts");
              thread.setDaemon(true);
              return thread;
            });
    try {
      Long written =
          transaction.execute(
              status -> {
                if (replace) {
                  jdbc.update(
                      "delete from contacts.contact where specialist_id = ?", DEMO_SPECIALIST);
                }
                BulkLoadKeys keys = bulk ? BulkLoadKeys.drop(jdbc) : null;
                long start = System.currentTimeMillis();
                List<YearMonth> months = generator.months();
                Deque<Future<GeneratedMonth>> ahead = new ArrayDeque<>();
                int next = 0;
                long count = 0;
                for (int i = 0; i < months.size(); i++) {
                  while (next < months.size() && ahead.size() <= threads) {
                    YearMonth month = months.get(next++);
                    ahead.add(workers.submit(() -> GeneratedMonth.of(generator, month)));
                  }
                  GeneratedMonth month = await(ahead.poll());
                  write(month);
                  events.publishEvent(new ChatsLoaded(CHAT_SOURCE, replace && i == 0, month.chats));
                  count += month.contacts;
                  progress.advance(month.contacts);
                }
                log.info(
                    "Wrote {} demo contacts in {} ms", count, System.currentTimeMillis() - start);
                if (keys != null) {
                  start = System.currentTimeMillis();
                  keys.restore();
                  log.info(
                      "Rebuilt the contact tables' keys and indexes in {} ms",
                      System.currentTimeMillis() - start);
                }
                events.publishEvent(new ContactsBulkLoaded(count));
                return count;
              });
      return written == null ? 0 : written;
    } finally {
      workers.shutdownNow();
    }
  }

  private static GeneratedMonth await(Future<GeneratedMonth> month) {
    try {
      return month.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("Interrupted while generating demo contacts", e);
    } catch (ExecutionException e) {
      throw new IllegalStateException(
          "Generating demo contacts failed: " + e.getCause().getMessage(), e.getCause());
    }
  }

  private void write(GeneratedMonth month) {
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      copy(
          copy,
          "copy contacts.contact (id, channel, started_at, ended_at, caller_type,"
              + " municipality_code, mrc_code, region_code, language, age_group, specialist_id,"
              + " outcome, crisis, recorded_at) from stdin with (format binary)",
          month.contactRows);
      copy(
          copy,
          "copy contacts.contact_need (contact_id, need_code, met, unmet_reason)"
              + " from stdin with (format binary)",
          month.needRows);
    } catch (SQLException e) {
      throw new IllegalStateException("Writing demo contacts failed: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  private static void copy(CopyManager copy, String sql, byte[] rows) throws SQLException {
    CopyIn in = copy.copyIn(sql);
    try {
      in.writeToCopy(rows, 0, rows.length);
      in.endCopy();
    } finally {
      if (in.isActive()) {
        in.cancelCopy();
      }
    }
  }

  /** One month generated and encoded for COPY, with its chats. */
  private record GeneratedMonth(
      int contacts, byte[] contactRows, byte[] needRows, List<ChatEnded> chats) {

    static GeneratedMonth of(DemoContactGenerator generator, YearMonth month) {
      List<DemoContact> contacts = generator.month(month);
      CopyBuffer rows = new CopyBuffer(contacts.size() * 170);
      CopyBuffer needs = new CopyBuffer(contacts.size() * 80);
      for (DemoContact c : contacts) {
        rows.row(14)
            .uuid(c.id())
            .text(c.channel())
            .timestamp(c.startedAt())
            .timestamp(c.endedAt())
            .text(c.callerType())
            .text(c.municipalityCode())
            .text(c.mrcCode())
            .text(c.regionCode())
            .text(c.language())
            .text(c.ageGroup())
            .uuid(DEMO_SPECIALIST)
            .text(c.outcome())
            .bool(c.crisis())
            .timestamp(c.endedAt());
        for (DemoNeed need : c.needs()) {
          needs
              .row(4)
              .uuid(c.id())
              .text(need.code())
              .bool(need.unmetReason() == null)
              .text(need.unmetReason());
        }
      }
      return new GeneratedMonth(
          contacts.size(), rows.finish(), needs.finish(), generator.chats(month, contacts));
    }
  }
}
