package ca.repere.contacts.demo;

import ca.repere.chat.ChatsLoaded;
import ca.repere.contacts.ContactsBulkLoaded;
import ca.repere.contacts.demo.DemoContact.DemoNeed;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.geography.Geography;
import ca.repere.platform.Progress;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes generated contacts with PostgreSQL's COPY, one transaction for the whole load (all or
 * nothing), then announces it with {@link ContactsBulkLoaded}; the chats behind the chat contacts
 * (with the abandoned and offline ones, which have no contact) are announced month by month with
 * {@link ChatsLoaded}, for the chat service levels. Demo contacts are those of the demo specialist
 * {@link #DEMO_SPECIALIST}, in no centre: no real staff member can read them, and they are found
 * again to be replaced. They carry no follow-up, identity or note.
 */
@Component
class DemoContactLoader {

  static final UUID DEMO_SPECIALIST =
      UUID.nameUUIDFromBytes("repere-demo-specialist".getBytes(StandardCharsets.UTF_8));
  private static final int CHUNK = 20_000;

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
    DemoContactGenerator generator =
        new DemoContactGenerator(settings, geography.municipalities(), taxonomy);
    Long written =
        transaction.execute(
            status -> {
              if (replace) {
                jdbc.update(
                    "delete from contacts.contact where specialist_id = ?", DEMO_SPECIALIST);
              }
              long count = 0;
              boolean first = true;
              List<DemoContact> chunk = new ArrayList<>(CHUNK);
              for (YearMonth month : generator.months()) {
                List<DemoContact> contacts = generator.month(month);
                for (DemoContact contact : contacts) {
                  chunk.add(contact);
                  if (chunk.size() == CHUNK) {
                    count += write(chunk, progress);
                  }
                }
                events.publishEvent(
                    new ChatsLoaded(
                        CHAT_SOURCE, replace && first, generator.chats(month, contacts)));
                first = false;
              }
              count += write(chunk, progress);
              events.publishEvent(new ContactsBulkLoaded(count));
              return count;
            });
    return written == null ? 0 : written;
  }

  private long write(List<DemoContact> contacts, Progress progress) {
    if (contacts.isEmpty()) {
      return 0;
    }
    StringBuilder rows = new StringBuilder(contacts.size() * 200);
    StringBuilder needs = new StringBuilder(contacts.size() * 120);
    for (DemoContact c : contacts) {
      csv(
          rows,
          c.id(),
          c.channel(),
          c.startedAt(),
          c.endedAt(),
          c.callerType(),
          c.municipalityCode(),
          c.mrcCode(),
          c.regionCode(),
          c.language(),
          c.ageGroup(),
          DEMO_SPECIALIST,
          c.outcome(),
          c.crisis(),
          c.endedAt());
      for (DemoNeed need : c.needs()) {
        csv(needs, c.id(), need.code(), need.unmetReason() == null, need.unmetReason());
      }
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      copy.copyIn(
          "copy contacts.contact (id, channel, started_at, ended_at, caller_type,"
              + " municipality_code, mrc_code, region_code, language, age_group, specialist_id,"
              + " outcome, crisis, recorded_at) from stdin with (format csv)",
          new StringReader(rows.toString()));
      copy.copyIn(
          "copy contacts.contact_need (contact_id, need_code, met, unmet_reason)"
              + " from stdin with (format csv)",
          new StringReader(needs.toString()));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Writing demo contacts failed: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
    int count = contacts.size();
    progress.advance(count);
    contacts.clear();
    return count;
  }

  /**
   * One CSV line; null is an empty field (COPY's NULL); generated values hold no comma or quote.
   */
  private static void csv(StringBuilder out, Object... values) {
    for (int i = 0; i < values.length; i++) {
      if (i > 0) {
        out.append(',');
      }
      if (values[i] != null) {
        out.append(values[i]);
      }
    }
    out.append('\n');
  }
}
