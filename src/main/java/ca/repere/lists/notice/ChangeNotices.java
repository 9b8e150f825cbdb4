package ca.repere.lists.notice;

import ca.repere.accounts.Mailer;
import ca.repere.directory.ChangeLog;
import ca.repere.directory.ChangeLog.Change;
import ca.repere.directory.Directory;
import ca.repere.lists.ListEntry;
import ca.repere.lists.ResourceList;
import ca.repere.lists.ResourceLists;
import ca.repere.lists.view.ListLine;
import ca.repere.shared.Lang;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.MessageSource;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;

/**
 * Tells subscribers when a service on their list changes or is withdrawn. Tails the directory's
 * change log from its own cursor; for each list with confirmed subscribers that holds a touched
 * service, compares what a reader sees now with what was last seen ({@code lists.watched_service})
 * and e-mails the differences. Run by a job once across nodes; the cursor row is locked, so two
 * runs never send the same notice.
 */
@Service
public class ChangeNotices {

  private static final Logger log = LoggerFactory.getLogger(ChangeNotices.class);
  private static final ObjectMapper JSON = JsonMapper.builder().build();
  private static final int BATCH = 1000;

  private final JdbcClient jdbc;
  private final ChangeLog changeLog;
  private final Directory directory;
  private final ResourceLists lists;
  private final Mailer mailer;
  private final MessageSource messages;
  private final TransactionTemplate transaction;

  ChangeNotices(
      JdbcClient jdbc,
      ChangeLog changeLog,
      Directory directory,
      ResourceLists lists,
      Mailer mailer,
      MessageSource messages,
      TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.changeLog = changeLog;
    this.directory = directory;
    this.lists = lists;
    this.mailer = mailer;
    this.messages = messages;
    this.transaction = transaction;
  }

  /** One notice to send: to one subscriber, the changes of one list in their language. */
  record Notice(String email, Lang lang, Map<String, Object> variables) {}

  /** Reads the change log up to its end and sends the notices; returns how many were sent. */
  public int run() {
    List<Notice> notices = transaction.execute(status -> detect());
    int sent = 0;
    for (Notice notice : notices) {
      if (mailer.send(notice.email(), notice.lang(), "lists/list-changed", notice.variables())) {
        sent++;
      } else {
        log.warn("A list-change notice could not be sent");
      }
    }
    return sent;
  }

  /** Records what readers of {@code list} see now, as the base of its next notices. */
  public void watch(ResourceList list) {
    current(list).forEach((serviceId, summary) -> remember(list.id(), serviceId, summary));
  }

  private List<Notice> detect() {
    long cursor =
        jdbc.sql("SELECT last_seq FROM lists.change_cursor FOR UPDATE").query(Long.class).single();
    Set<UUID> touched = new HashSet<>();
    boolean everything = false;
    List<Change> changes;
    do {
      changes = changeLog.after(cursor, BATCH);
      for (Change change : changes) {
        everything |= change.kind() == ChangeLog.Kind.ALL;
        touched.addAll(services(change));
        cursor = change.seq();
      }
    } while (changes.size() == BATCH);
    jdbc.sql("UPDATE lists.change_cursor SET last_seq = ?").param(cursor).update();
    List<Notice> notices = new ArrayList<>();
    for (UUID listId : watchedLists(touched, everything)) {
      lists.find(listId).ifPresent(list -> notices.addAll(compare(list)));
    }
    return notices;
  }

  private Collection<UUID> services(Change change) {
    return switch (change.kind()) {
      case SERVICE -> List.of(change.recordId());
      case ORGANIZATION -> directory.serviceIdsOfOrganization(change.recordId());
      case LOCATION -> directory.serviceIdsAtLocation(change.recordId());
      case TAXONOMY, ALL -> List.of();
    };
  }

  /** Lists with confirmed subscribers that hold a touched service (every such list after ALL). */
  private List<UUID> watchedLists(Set<UUID> touched, boolean everything) {
    return jdbc.sql(
            "SELECT DISTINCT w.list_id FROM lists.watched_service w"
                + " WHERE (? OR w.service_id = ANY(?)) AND EXISTS (SELECT 1 FROM"
                + " lists.subscription s WHERE s.list_id = w.list_id AND s.confirmed_at IS NOT NULL)")
        .params(everything, touched.toArray(UUID[]::new))
        .query(UUID.class)
        .list();
  }

  /** The notices of one list (one per confirmed subscriber), and the new state remembered. */
  private List<Notice> compare(ResourceList list) {
    Map<UUID, ServiceSummary> before = remembered(list.id());
    Map<UUID, ServiceSummary> now = current(list);
    Map<UUID, ServiceSummary> changed = new LinkedHashMap<>();
    List<UUID> withdrawn = new ArrayList<>();
    LocalDate today = LocalDate.now();
    before.forEach(
        (serviceId, was) -> {
          ServiceSummary is = now.get(serviceId);
          if (is == null && !offered(serviceId, today)) {
            withdrawn.add(serviceId);
          } else if (is != null && !is.equals(was)) {
            changed.put(serviceId, is);
          }
        });
    jdbc.sql("DELETE FROM lists.watched_service WHERE list_id = ?").param(list.id()).update();
    now.forEach((serviceId, summary) -> remember(list.id(), serviceId, summary));
    if (changed.isEmpty() && withdrawn.isEmpty()) {
      return List.of();
    }
    return subscribers(list.id()).stream()
        .map(s -> s.notice(list, text(s.lang(), before, changed, withdrawn)))
        .toList();
  }

  private boolean offered(UUID serviceId, LocalDate today) {
    return directory.service(serviceId).filter(s -> s.isPublicOn(today)).isPresent();
  }

  /** The body of a notice: one paragraph per changed or withdrawn service. */
  private String text(
      Lang lang,
      Map<UUID, ServiceSummary> before,
      Map<UUID, ServiceSummary> changed,
      List<UUID> withdrawn) {
    StringBuilder text = new StringBuilder();
    changed.forEach(
        (serviceId, now) -> {
          text.append("• ").append(now.in(lang).get("name")).append('\n');
          now.changesSince(before.get(serviceId), lang)
              .forEach(
                  (field, values) ->
                      text.append("  ")
                          .append(message("lists.notice.field." + field, lang))
                          .append(message("lists.colon", lang))
                          .append(values[0].isEmpty() ? "—" : values[0])
                          .append(" → ")
                          .append(values[1].isEmpty() ? "—" : values[1])
                          .append('\n'));
        });
    for (UUID serviceId : withdrawn) {
      text.append("• ")
          .append(before.get(serviceId).in(lang).get("name"))
          .append('\n')
          .append("  ")
          .append(message("lists.no-longer-offered", lang))
          .append('\n');
    }
    return text.toString().stripTrailing();
  }

  private String message(String key, Lang lang) {
    return messages.getMessage(key, null, lang.locale());
  }

  /** What a reader sees now of each offered service of the list, in both languages. */
  private Map<UUID, ServiceSummary> current(ResourceList list) {
    Map<UUID, ListLine> english = new HashMap<>();
    for (ListEntry entry : lists.entries(list, Lang.EN)) {
      english.put(entry.serviceId(), ListLine.of(entry, Lang.EN));
    }
    Map<UUID, ServiceSummary> summaries = new LinkedHashMap<>();
    for (ListEntry entry : lists.entries(list, Lang.FR)) {
      if (entry.isOffered() && english.containsKey(entry.serviceId())) {
        summaries.put(
            entry.serviceId(),
            ServiceSummary.of(ListLine.of(entry, Lang.FR), english.get(entry.serviceId())));
      }
    }
    return summaries;
  }

  private Map<UUID, ServiceSummary> remembered(UUID listId) {
    Map<UUID, ServiceSummary> summaries = new LinkedHashMap<>();
    jdbc.sql("SELECT service_id, summary::text FROM lists.watched_service WHERE list_id = ?")
        .param(listId)
        .query(
            rs -> {
              summaries.put(
                  rs.getObject(1, UUID.class),
                  JSON.readValue(rs.getString(2), new TypeReference<ServiceSummary>() {}));
            });
    return summaries;
  }

  private void remember(UUID listId, UUID serviceId, ServiceSummary summary) {
    jdbc.sql(
            "INSERT INTO lists.watched_service (list_id, service_id, summary) VALUES (?, ?, ?::jsonb)"
                + " ON CONFLICT (list_id, service_id) DO UPDATE SET summary = EXCLUDED.summary")
        .params(listId, serviceId, JSON.writeValueAsString(summary))
        .update();
  }

  private List<Subscriber> subscribers(UUID listId) {
    return jdbc.sql(
            "SELECT email, lang, base_url, unsubscribe_token FROM lists.subscription"
                + " WHERE list_id = ? AND confirmed_at IS NOT NULL")
        .param(listId)
        .query(
            (rs, i) ->
                new Subscriber(
                    rs.getString(1), Lang.parse(rs.getString(2)), rs.getString(3), rs.getString(4)))
        .list();
  }

  private record Subscriber(String email, Lang lang, String baseUrl, String unsubscribeToken) {

    Notice notice(ResourceList list, String changes) {
      return new Notice(
          email,
          lang,
          Map.of(
              "list",
              list.title().in(lang),
              "changes",
              changes,
              "link",
              baseUrl + "/listes/" + list.shareToken() + "?lang=" + lang.code(),
              "unsubscribe",
              baseUrl + "/listes/desabonnement?jeton=" + unsubscribeToken));
    }
  }
}
