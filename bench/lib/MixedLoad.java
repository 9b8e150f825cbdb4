import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.locks.ReentrantLock;

/**
 * The mixed load of a 211 centre on one node: citizens searching (API and results page), the public
 * reporting missing organizations, citizens writing in the chat (over its HTTP fallback), a
 * specialist recording contacts, and curators editing services
 * (until the curation module has its HTTP edit, an edit is the same transaction the directory
 * makes: the row, its change-log entry and the NOTIFY, committed together). Every write the
 * application acknowledged is kept in a ledger, to be found again after a crash.
 *
 * <p>The curator edits straight in the database, so it goes on while the node is down. A check of
 * the ledger against the database and the index must pause it ({@link #pauseEdits}): an edit that
 * commits during the check replaces the word the check is looking for, and the index rightly no
 * longer finds the old one.
 */
final class MixedLoad {

  private static final String[] QUERIES = {
    "faim", "banque alimentaire", "logement", "j'ai faim", "aide juridique", "dépannage",
    "santé mentale", "food bank", "emploi", "hébergement", "violence", "impôts"
  };
  private static final String[] PLACES = {"Montréal", "Québec", "G0E 1V0", "Gaspé", "Laval", ""};
  private static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

  /** Acknowledged writes: what must survive any crash. */
  static final class Ledger {
    final Set<String> reports = ConcurrentHashMap.newKeySet();
    final Set<UUID> contacts = ConcurrentHashMap.newKeySet();

    /** Chat messages stored, as "chat id:client id" (the client's own id of the message). */
    final Set<String> chatMessages = ConcurrentHashMap.newKeySet();
    final Map<UUID, String> edits = new ConcurrentHashMap<>();

    /**
     * An edit whose COMMIT failed (the database stopped under it): it may have committed or not,
     * so the check accepts either word until the service is edited again.
     */
    final Map<UUID, String> inDoubt = new ConcurrentHashMap<>();

    int size() {
      return reports.size() + contacts.size() + chatMessages.size() + edits.size();
    }
  }

  /** Counts of what happened; errors only while the node was meant to be up. */
  static final class Counters {
    final AtomicLong searches = new AtomicLong();
    final AtomicLong writes = new AtomicLong();
    final AtomicLong errors = new AtomicLong();
    volatile String lastError = "";

    void error(String what) {
      errors.incrementAndGet();
      lastError = what;
    }
  }

  final Ledger ledger = new Ledger();
  final Counters counters = new Counters();
  private final AppProcess app;
  private final Visitor specialist;
  private final List<UUID> editedServices;
  private final List<Thread> threads = new ArrayList<>();
  private volatile boolean running;
  private volatile boolean nodeUp = true;

  /** Held by the curator for a whole edit (commit and ledger), and by a check to pause edits. */
  private final ReentrantLock editing = new ReentrantLock();

  MixedLoad(AppProcess app, Visitor specialist, List<UUID> editedServices) {
    this.app = app;
    this.specialist = specialist;
    this.editedServices = editedServices;
  }

  /** Services curators will edit: published, active, public ones. */
  static List<UUID> servicesToEdit(AppProcess app, int count) throws Exception {
    List<UUID> ids = new ArrayList<>();
    try (Connection c = DriverManager.getConnection(app.jdbcUrl(), "postgres", "");
        ResultSet rs =
            c.createStatement()
                .executeQuery(
                    "SELECT id FROM directory.service WHERE lifecycle = 'published'"
                        + " AND status = 'active' ORDER BY id LIMIT " + count)) {
      while (rs.next()) {
        ids.add(rs.getObject(1, UUID.class));
      }
    }
    return ids;
  }

  void start(int searchers) {
    running = true;
    for (int i = 0; i < searchers; i++) {
      spawn("searcher-" + i, this::search);
    }
    spawn("reporter", this::reportMissingOrganization);
    spawn("chatter", this::chat);
    spawn("specialist", this::recordContact);
    spawn("curator", this::editService);
  }

  /** While down (killed, restarting), failed requests are expected and not counted. */
  void nodeUp(boolean up) {
    nodeUp = up;
  }

  /**
   * Waits for the edit in flight (committed and in the ledger, or failed) and holds further ones
   * until {@link #resumeEdits}, so the ledger of edits and the database stand still for a check.
   */
  void pauseEdits() throws InterruptedException {
    if (!editing.tryLock(60, TimeUnit.SECONDS)) {
      throw new IllegalStateException("the curator's edit in flight did not end within 60 s");
    }
  }

  void resumeEdits() {
    editing.unlock();
  }

  void stop() throws InterruptedException {
    running = false;
    for (Thread thread : threads) {
      thread.join(60_000);
    }
    threads.clear();
  }

  private interface Step {
    void run(Random random) throws Exception;
  }

  private void spawn(String name, Step step) {
    Thread thread =
        new Thread(
            () -> {
              Random random = new Random();
              while (running) {
                try {
                  step.run(random);
                } catch (Exception e) {
                  if (nodeUp) {
                    counters.error(name + ": " + e);
                  }
                  pause(200);
                }
              }
            },
            name);
    thread.setDaemon(true);
    threads.add(thread);
    thread.start();
  }

  private final ThreadLocal<Visitor> citizen = ThreadLocal.withInitial(() -> new Visitor(url()));

  private String url() {
    return app.url();
  }

  private void search(Random random) throws Exception {
    String q = Visitor.encode(QUERIES[random.nextInt(QUERIES.length)]);
    String near = Visitor.encode(PLACES[random.nextInt(PLACES.length)]);
    Visitor.Answer answer =
        random.nextBoolean()
            ? citizen.get().get("/api/v1/search?q=" + q + "&near=" + near)
            : citizen.get().get("/recherche?q=" + q + "&ou=" + near);
    check(answer, 200, "search");
    counters.searches.incrementAndGet();
  }

  private void reportMissingOrganization(Random random) throws Exception {
    Visitor visitor = citizen.get();
    // each report from another citizen's address (public forms are limited per address), and
    // filled in as slowly as a person would (the anti-spam minimum fill time)
    visitor.from("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256));
    visitor.get("/signaler");
    String token = "rapport-" + UUID.randomUUID();
    Visitor.Answer answer =
        visitor.post(
            "/signaler",
            "form_started", Long.toString(System.currentTimeMillis() - 10_000),
            "organizationName", "Organisme " + token,
            "municipality", "Montréal",
            "description", token);
    if (answer.status() == 302 && answer.location().startsWith("/signaler/merci")) {
      ledger.reports.add(token);
      counters.writes.incrementAndGet();
    } else {
      check(answer, 302, "report");
    }
    pause(50 + random.nextInt(150));
  }

  /**
   * A citizen opens a chat (nobody answers: it waits in the queue) and writes a few messages, as
   * the widget's fallback does: POST with the chat's token and the client's own id of the message.
   */
  private void chat(Random random) throws Exception {
    Visitor visitor = citizen.get();
    visitor.from("10." + random.nextInt(256) + "." + random.nextInt(256) + "." + random.nextInt(256));
    Visitor.Answer started =
        visitor.postJson("/api/chat?lang=fr", "{\"language\":\"fr\",\"place\":\"\",\"consent\":true}");
    if (started.status() != 201) {
      check(started, 201, "chat start");
      pause(500);
      return;
    }
    String chatId = field(started.body(), "chatId");
    String token = field(started.body(), "token");
    for (int i = 0; i < 5 && running; i++) {
      String clientId = "bench-" + UUID.randomUUID();
      Visitor.Answer sent =
          visitor.postJson(
              "/api/chat/" + chatId + "/messages",
              "{\"text\":\"Bonjour, message " + i + "\",\"clientId\":\"" + clientId + "\"}",
              "X-Chat-Token", token);
      if (sent.status() == 201) {
        ledger.chatMessages.add(chatId + ":" + clientId);
        counters.writes.incrementAndGet();
      } else {
        check(sent, 201, "chat message");
        return;
      }
      pause(700 + random.nextInt(300)); // under the chat's flood limit (15 messages in 10 s)
    }
  }

  private static String field(String json, String name) {
    java.util.regex.Matcher value =
        java.util.regex.Pattern.compile("\"" + name + "\"\\s*:\\s*\"([^\"]+)\"").matcher(json);
    if (!value.find()) {
      throw new IllegalStateException("no " + name + " in " + Visitor.abbreviate(json));
    }
    return value.group(1);
  }

  private void recordContact(Random random) throws Exception {
    specialist.get("/staff/contacts/nouveau");
    String started =
        LocalDateTime.now(QUEBEC).minusMinutes(5).truncatedTo(ChronoUnit.MINUTES).toString();
    Visitor.Answer answer =
        specialist.post(
            "/staff/contacts/nouveau",
            "channel", "phone",
            "started", started,
            "callerType", "self",
            "language", "fr",
            "ageGroup", "unknown",
            "outcome", "informed",
            "notes", "bench " + UUID.randomUUID());
    String where = answer.location() == null ? "" : answer.location();
    if (answer.status() == 302 && where.startsWith("/staff/contacts/")) {
      ledger.contacts.add(UUID.fromString(where.substring(16, 52)));
      counters.writes.incrementAndGet();
    } else {
      check(answer, 302, "contact");
    }
    pause(50 + random.nextInt(150));
  }

  private void editService(Random random) throws Exception {
    if (editedServices.isEmpty()) {
      pause(1000);
      return;
    }
    editing.lockInterruptibly();
    try {
      edit(editedServices.get(random.nextInt(editedServices.size())), uniqueWord(random));
    } finally {
      editing.unlock();
    }
    pause(100 + random.nextInt(300));
  }

  private void edit(UUID service, String word) throws Exception {
    try (Connection c = DriverManager.getConnection(app.jdbcUrl(), "postgres", "")) {
      c.setAutoCommit(false);
      try (PreparedStatement update =
          c.prepareStatement(
              "UPDATE directory.service SET description_fr = ?, updated_at = now(),"
                  + " version = version + 1 WHERE id = ?")) {
        update.setString(1, "Service mis à jour par la curation : " + word);
        update.setObject(2, service);
        update.executeUpdate();
      }
      c.createStatement().execute("SELECT pg_advisory_xact_lock(21100001)");
      long seq;
      try (PreparedStatement log =
          c.prepareStatement(
              "INSERT INTO directory.change_log (seq, kind, record_id)"
                  + " VALUES (nextval('directory.change_log_seq'), 'SERVICE', ?) RETURNING seq")) {
        log.setObject(1, service);
        try (ResultSet rs = log.executeQuery()) {
          rs.next();
          seq = rs.getLong(1);
        }
      }
      c.createStatement().execute("NOTIFY directory_change, '" + seq + "'");
      try {
        c.commit();
      } catch (java.sql.SQLException e) {
        ledger.inDoubt.put(service, word);
        throw e;
      }
    }
    ledger.inDoubt.remove(service);
    ledger.edits.put(service, word);
    counters.writes.incrementAndGet();
  }

  static String uniqueWord(Random random) {
    StringBuilder word = new StringBuilder("zq");
    for (int i = 0; i < 9; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }

  private void check(Visitor.Answer answer, int expected, String what) {
    if (answer.status() != expected && nodeUp) {
      counters.error(what + " → " + answer.status() + " " + Visitor.abbreviate(answer.body()));
    }
  }

  private static void pause(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
