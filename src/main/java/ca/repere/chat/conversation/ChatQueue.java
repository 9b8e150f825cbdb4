package ca.repere.chat.conversation;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The waiting line. A specialist takes the oldest chat they can serve (its language is one of
 * theirs, and its region one of theirs or unknown), only while available and under their
 * concurrent-chat limit; two specialists never get the same chat.
 */
@Service
public class ChatQueue {

  /** The routing rule, for a specialist {@code s} and a chat {@code c}. */
  private static final String SERVES =
      " c.language = any(s.languages) and (cardinality(s.regions) = 0 or c.region_code is null"
          + " or c.region_code = any(s.regions)) ";

  /** Used until there is a day of answered chats to learn from. */
  private static final Duration DEFAULT_HANDLING = Duration.ofMinutes(8);

  private final JdbcClient jdbc;
  private final Chats chats;
  private final ChatEvents events;

  ChatQueue(JdbcClient jdbc, Chats chats, ChatEvents events) {
    this.jdbc = jdbc;
    this.chats = chats;
    this.events = events;
  }

  /**
   * Where a queued chat stands: 1 is next; the wait is null when nobody serving it is available.
   */
  public record Position(int position, Duration estimatedWait) {}

  /** Queued chats, oldest first. */
  public List<Chat> waiting() {
    return jdbc.sql(
            "select "
                + ChatRows.CHAT_COLUMNS
                + " from chat.chat where status = 'queued'"
                + " order by queued_at, id")
        .query(ChatRows::chat)
        .list();
  }

  /** Queued chats this specialist may take, oldest first. */
  public List<Chat> waitingFor(UUID specialistId) {
    return jdbc.sql(
            "select c.* from chat.chat c, chat.specialist s where s.user_id = :id"
                + " and c.status = 'queued' and"
                + SERVES
                + "order by c.queued_at, c.id")
        .param("id", specialistId)
        .query(ChatRows::chat)
        .list();
  }

  /** Chats a specialist is handling now, oldest first. */
  public List<Chat> activeOf(UUID specialistId) {
    return jdbc.sql(
            "select "
                + ChatRows.CHAT_COLUMNS
                + " from chat.chat where status = 'active'"
                + " and specialist_id = :id order by answered_at")
        .param("id", specialistId)
        .query(ChatRows::chat)
        .list();
  }

  public List<Chat> active() {
    return jdbc.sql(
            "select "
                + ChatRows.CHAT_COLUMNS
                + " from chat.chat where status = 'active'"
                + " order by answered_at")
        .query(ChatRows::chat)
        .list();
  }

  /** The position among chats in the same language queued before it, and the expected wait. */
  public Position position(Chat chat) {
    int ahead =
        jdbc.sql(
                "select count(*) from chat.chat where status = 'queued' and language = :language"
                    + " and (queued_at, id) < (:queued, :id)")
            .param("language", chat.language().code())
            .param("queued", java.sql.Timestamp.from(chat.queuedAt()))
            .param("id", chat.id())
            .query(Integer.class)
            .single();
    int capacity =
        jdbc.sql(
                "select coalesce(sum(max_chats), 0) from chat.specialist where available"
                    + " and :language = any(languages)")
            .param("language", chat.language().code())
            .query(Integer.class)
            .single();
    Duration wait =
        capacity == 0 ? null : averageHandling().multipliedBy(ahead + 1).dividedBy(capacity);
    return new Position(ahead + 1, wait);
  }

  /** Every queued chat with its position and wait, computed at once (after a queue change). */
  public java.util.Map<Chat, Position> positions() {
    java.util.Map<String, Integer> capacity = new java.util.HashMap<>();
    jdbc.sql(
            "select l.language, coalesce(sum(s.max_chats), 0) as capacity from unnest(array['fr',"
                + " 'en']) as l(language) left join chat.specialist s on s.available"
                + " and l.language = any(s.languages) group by l.language")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> capacity.put(rs.getString("language"), rs.getInt("capacity")));
    Duration handling = averageHandling();
    java.util.Map<Chat, Position> positions = new java.util.LinkedHashMap<>();
    jdbc.sql(
            "select *, row_number() over (partition by language order by queued_at, id) as place"
                + " from chat.chat where status = 'queued' order by queued_at, id")
        .query(
            (org.springframework.jdbc.core.RowCallbackHandler)
                rs -> {
                  Chat chat = ChatRows.chat(rs, 0);
                  int place = rs.getInt("place");
                  int seats = capacity.getOrDefault(chat.language().code(), 0);
                  positions.put(
                      chat,
                      new Position(
                          place,
                          seats == 0 ? null : handling.multipliedBy(place).dividedBy(seats)));
                });
    return positions;
  }

  /**
   * Gives this specialist the oldest chat they may serve, if they are available and below their
   * limit; empty when nothing is waiting for them.
   */
  @Transactional
  public Optional<Chat> acceptNext(UUID specialistId) {
    Specialist specialist = lockSpecialist(specialistId);
    if (!specialist.available()) {
      throw new ChatRejected(409, "chat.error.unavailable");
    }
    if (!specialist.hasRoom()) {
      throw new ChatRejected(409, "chat.error.at-limit", specialist.maxChats());
    }
    Optional<UUID> next =
        jdbc.sql(
                "select c.id from chat.chat c, chat.specialist s where s.user_id = :id"
                    + " and c.status = 'queued' and"
                    + SERVES
                    + "order by c.queued_at, c.id limit 1 for update of c skip locked")
            .param("id", specialistId)
            .query(UUID.class)
            .optional();
    next.ifPresent(chatId -> assign(chatId, specialist));
    return next.map(chats::get);
  }

  /**
   * Hands an active chat to another specialist or a supervisor, with a private note for them; the
   * conversation goes along because it belongs to the chat.
   */
  @Transactional
  public Chat transfer(UUID chatId, UUID fromId, String fromName, UUID toId, String note) {
    Chat chat = chats.lock(chatId);
    if (!chat.isActive() || !fromId.equals(chat.specialistId())) {
      throw new ChatRejected(403, "chat.error.not-yours");
    }
    Specialist to =
        lockOptional(toId).orElseThrow(() -> new ChatRejected(400, "chat.error.transfer-target"));
    if (to.id().equals(fromId)) {
      throw new ChatRejected(400, "chat.error.transfer-target");
    }
    if (note != null && !note.isBlank()) {
      new Notes(jdbc).add(chatId, fromId, fromName, note);
    }
    jdbc.sql("update chat.chat set specialist_id = :to where id = :id")
        .param("to", to.id())
        .param("id", chatId)
        .update();
    chats.announce(chat, "chat.event.transferred", to.displayName());
    events.state(chatId);
    return chats.get(chatId);
  }

  private void assign(UUID chatId, Specialist specialist) {
    jdbc.sql(
            "update chat.chat set status = 'active', specialist_id = :specialist,"
                + " answered_at = now() where id = :id")
        .param("specialist", specialist.id())
        .param("id", chatId)
        .update();
    chats.announce(chats.get(chatId), "chat.event.joined", specialist.displayName());
    events.state(chatId);
    events.queue();
  }

  private Duration averageHandling() {
    Double seconds =
        jdbc.sql(
                "select avg(extract(epoch from ended_at - answered_at)) from chat.chat"
                    + " where status = 'ended' and answered_at is not null"
                    + " and ended_at > now() - interval '1 day'")
            .query(Double.class)
            .optional()
            .orElse(null);
    return seconds == null || seconds < 60
        ? DEFAULT_HANDLING
        : Duration.ofSeconds(seconds.longValue());
  }

  private Specialist lockSpecialist(UUID id) {
    return lockOptional(id).orElseThrow(() -> new ChatRejected(409, "chat.error.unavailable"));
  }

  private Optional<Specialist> lockOptional(UUID id) {
    jdbc.sql("select user_id from chat.specialist where user_id = :id for update")
        .param("id", id)
        .query(UUID.class)
        .optional();
    return jdbc.sql(
            "select s.*, (select count(*) from chat.chat c where c.status = 'active'"
                + " and c.specialist_id = s.user_id) as active from chat.specialist s"
                + " where s.user_id = :id")
        .param("id", id)
        .query(Specialists::row)
        .optional();
  }
}
