package ca.repere.chat.conversation;

import ca.repere.chat.ChatEnded;
import ca.repere.geography.Geography;
import ca.repere.geography.Place;
import ca.repere.shared.Lang;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Chats and their messages. A message is stored with the chat's next sequence number, under a lock
 * on the chat's row, before anyone is told about it: an acknowledgement (the returned {@link
 * Message}) means it is committed. Storing, the checks before it and the notification are one
 * function in the database ({@code chat.append_message}, see {@link MessageWriter}).
 */
@Service
public class Chats {

  private final JdbcClient jdbc;
  private final ChatLimits limits;
  private final ChatEvents events;
  private final CrisisLexicon crisis;
  private final Geography geography;
  private final ApplicationEventPublisher publisher;
  private final MessageWriter writer;

  Chats(
      JdbcClient jdbc,
      ChatLimits limits,
      ChatEvents events,
      CrisisLexicon crisis,
      Geography geography,
      ApplicationEventPublisher publisher,
      MessageWriter writer) {
    this.jdbc = jdbc;
    this.writer = writer;
    this.limits = limits;
    this.events = events;
    this.crisis = crisis;
    this.geography = geography;
    this.publisher = publisher;
  }

  /** A new chat and the citizen's secret for it (given once). */
  public record Started(Chat chat, String token) {}

  /**
   * Queues a new chat; an optional place (postal code, municipality) that cannot be found is
   * refused.
   */
  @Transactional
  public Started start(Lang language, String placeInput) {
    Place place = resolve(placeInput);
    String token = Tokens.newToken();
    UUID id = UUID.randomUUID();
    jdbc.sql(
            "insert into chat.chat (id, token_hash, language, place_name, municipality_code,"
                + " mrc_code, region_code) values (:id, :hash, :language, :place, :municipality,"
                + " :mrc, :region)")
        .param("id", id)
        .param("hash", Tokens.hash(token))
        .param("language", language.code())
        .param("place", place == null ? null : place.name())
        .param("municipality", place == null ? null : place.municipalityCode())
        .param("mrc", place == null ? null : place.mrcCode())
        .param("region", place == null ? null : place.regionCode())
        .update();
    events.queue();
    return new Started(get(id), token);
  }

  /** Whether {@code token} is the citizen's secret of this chat. */
  public boolean holdsToken(UUID chatId, String token) {
    return token != null
        && jdbc.sql("select count(*) from chat.chat where id = :id and token_hash = :hash")
                .param("id", chatId)
                .param("hash", Tokens.hash(token))
                .query(Long.class)
                .single()
            == 1;
  }

  public Optional<Chat> find(UUID id) {
    return jdbc.sql("select " + ChatRows.CHAT_COLUMNS + " from chat.chat where id = :id")
        .param("id", id)
        .query(ChatRows::chat)
        .optional();
  }

  public Chat get(UUID id) {
    return find(id).orElseThrow(() -> new ChatRejected(404, "chat.error.unknown"));
  }

  /**
   * Stores a text message and returns it with its sequence number, once committed. A resend with
   * the same {@code clientId} returns the message already stored instead of a copy.
   */
  public Message post(
      UUID chatId, Sender sender, UUID authorId, String authorName, String text, String clientId) {
    limits.check(text);
    String client = clientId == null || clientId.isBlank() ? null : clientId;
    boolean danger = sender == Sender.CITIZEN && crisis.signalsDanger(text);
    MessageWriter.Post post =
        new MessageWriter.Post(
            chatId,
            sender,
            "text",
            authorId,
            authorName,
            text,
            null,
            client,
            limits.floodMessages(),
            limits.floodWindow().toMillis() / 1000.0,
            danger);
    MessageWriter.Appended appended = writer.write(post);
    return switch (appended.result()) {
      case "stored" -> stored(post, appended);
      case "resent" -> message(chatId, appended.seq()).orElseThrow();
      case "unknown" -> throw new ChatRejected(404, "chat.error.unknown");
      case "not-yours" -> throw new ChatRejected(403, "chat.error.not-yours");
      case "ended" -> throw new ChatRejected(409, "chat.error.ended");
      case "flood" ->
          throw new ChatRejected(429, "chat.error.flood", limits.floodWindow().toSeconds());
      default -> throw new IllegalStateException("chat.append_message: " + appended.result());
    };
  }

  /** Shares a directory service into the chat as a card. */
  @Transactional
  public Message share(UUID chatId, UUID authorId, String authorName, UUID serviceId, String card) {
    Chat chat = lock(chatId);
    if (!authorId.equals(chat.specialistId()) || !chat.isActive()) {
      throw new ChatRejected(403, "chat.error.not-yours");
    }
    return append(chat, Sender.SPECIALIST, "card", authorId, authorName, card, serviceId, null);
  }

  /** Messages after {@code after}, in order (at most 500: a client asks again for more). */
  public List<Message> after(UUID chatId, long after) {
    return jdbc.sql(
            "select "
                + ChatRows.MESSAGE_COLUMNS
                + " from chat.message"
                + " where chat_id = :id and seq > :after order by seq limit 500")
        .param("id", chatId)
        .param("after", after)
        .query(ChatRows::message)
        .list();
  }

  public Optional<Message> message(UUID chatId, long seq) {
    return jdbc.sql(
            "select "
                + ChatRows.MESSAGE_COLUMNS
                + " from chat.message"
                + " where chat_id = :id and seq = :seq")
        .param("id", chatId)
        .param("seq", seq)
        .query(ChatRows::message)
        .optional();
  }

  /** Services shared into the chat as cards, in order: the referrals of its contact record. */
  public List<UUID> sharedServices(UUID chatId) {
    return jdbc.sql(
            "select service_id from chat.message where chat_id = :id and kind = 'card'"
                + " group by service_id order by min(seq)")
        .param("id", chatId)
        .query(UUID.class)
        .list();
  }

  /**
   * A side's client confirms it has everything up to {@code seq}: the other side sees "delivered".
   */
  @Transactional
  public void received(UUID chatId, Sender side, long seq) {
    String column = side == Sender.CITIZEN ? "citizen_received" : "staff_received";
    int changed =
        jdbc.sql(
                "update chat.chat set "
                    + column
                    + " = least(:seq, last_seq)"
                    + " where id = :id and "
                    + column
                    + " < least(:seq, last_seq)")
            .param("seq", seq)
            .param("id", chatId)
            .update();
    if (changed > 0) {
      events.state(chatId);
    }
  }

  /** Ends the chat (idempotent); a chat left while still queued counts as abandoned. */
  @Transactional
  public Chat end(UUID chatId, Sender by, String authorName) {
    Chat chat = lock(chatId);
    if (chat.isEnded()) {
      return chat;
    }
    String outcome = chat.isQueued() ? "abandoned" : "answered";
    jdbc.sql(
            "update chat.chat set status = 'ended', outcome = :outcome, ended_at = now()"
                + " where id = :id")
        .param("outcome", outcome)
        .param("id", chatId)
        .update();
    append(
        chat,
        Sender.SYSTEM,
        "event",
        null,
        authorName,
        "chat.event.ended." + by.code(),
        null,
        null);
    Chat ended = get(chatId);
    publisher.publishEvent(
        new ChatEnded(
            ended.id(),
            ended.queuedAt(),
            ended.answeredAt(),
            ended.endedAt(),
            outcome,
            ended.language().code(),
            ended.municipalityCode(),
            ended.mrcCode(),
            ended.regionCode()));
    events.state(chatId);
    if (chat.isQueued()) {
      events.queue();
    }
    return ended;
  }

  /**
   * Ends a chat whose citizen left while it was queued (idempotent: a chat accepted or heard from
   * meanwhile is left alone).
   */
  @Transactional
  void endIfStillQueued(UUID chatId, java.time.Duration silentFor) {
    Chat chat = lock(chatId);
    boolean silent =
        jdbc.sql(
                "select citizen_seen_at < now() - make_interval(secs => :secs) from chat.chat"
                    + " where id = :id")
            .param("secs", (double) silentFor.toSeconds())
            .param("id", chatId)
            .query(Boolean.class)
            .single();
    if (chat.isQueued() && silent) {
      end(chatId, Sender.CITIZEN, null);
    }
  }

  /** Adds a service event ("joined", "transferred") to the conversation. */
  Message announce(Chat chat, String messageKey, String authorName) {
    return append(chat, Sender.SYSTEM, "event", null, authorName, messageKey, null, null);
  }

  Chat lock(UUID chatId) {
    return jdbc.sql("select " + ChatRows.CHAT_COLUMNS + " from chat.chat where id = :id for update")
        .param("id", chatId)
        .query(ChatRows::chat)
        .optional()
        .orElseThrow(() -> new ChatRejected(404, "chat.error.unknown"));
  }

  private Message append(
      Chat chat,
      Sender sender,
      String kind,
      UUID authorId,
      String authorName,
      String body,
      UUID serviceId,
      String clientId) {
    MessageWriter.Post post =
        new MessageWriter.Post(
            chat.id(),
            sender,
            kind,
            authorId,
            authorName,
            body,
            serviceId,
            clientId,
            null,
            0,
            false);
    MessageWriter.Appended appended = writer.append(post);
    if (!"stored".equals(appended.result())) {
      throw new IllegalStateException("chat.append_message: " + appended.result());
    }
    return stored(post, appended);
  }

  private static Message stored(MessageWriter.Post post, MessageWriter.Appended appended) {
    return new Message(
        post.chatId(),
        appended.seq(),
        post.sender(),
        post.kind(),
        post.authorName(),
        post.body(),
        post.serviceId(),
        post.clientId(),
        appended.at());
  }

  private Place resolve(String input) {
    if (input == null || input.isBlank()) {
      return null;
    }
    return geography
        .tryResolve(input.trim())
        .orElseThrow(() -> new ChatRejected(400, "chat.error.place", input.trim()));
  }
}
