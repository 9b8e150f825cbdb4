package ca.repere.chat.web;

import ca.repere.chat.conversation.Chat;
import ca.repere.chat.conversation.ChatQueue;
import ca.repere.chat.conversation.Chats;
import ca.repere.chat.delivery.ChatSignal;
import ca.repere.chat.delivery.ChatSignalListener;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.messaging.simp.SimpMessagingTemplate;
import org.springframework.stereotype.Component;

/**
 * Hands signals to this node's WebSocket subscribers: {@code /topic/chat.<id>} gets messages, state
 * and typing; {@code /topic/staff} gets what consoles refresh on. Queue changes are coalesced (at
 * most one recomputation of every position each {@value #QUEUE_PERIOD_MS} ms).
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Component
class StompRelay implements ChatSignalListener, AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(StompRelay.class);
  private static final long QUEUE_PERIOD_MS = 300;

  private final Chats chats;
  private final ChatQueue queue;
  private final ChatViews views;
  private final SimpMessagingTemplate broker;
  private final LocalWaiters waiters;
  private final Map<java.util.UUID, Locale> languages =
      new java.util.concurrent.ConcurrentHashMap<>();
  private final AtomicBoolean queueChanged = new AtomicBoolean(true);
  private final ScheduledExecutorService timer =
      Executors.newSingleThreadScheduledExecutor(r -> daemon(r, "chat-queue-positions"));

  StompRelay(
      Chats chats,
      ChatQueue queue,
      ChatViews views,
      SimpMessagingTemplate broker,
      LocalWaiters waiters) {
    this.chats = chats;
    this.queue = queue;
    this.views = views;
    this.broker = broker;
    this.waiters = waiters;
    timer.scheduleWithFixedDelay(
        this::publishPositions, QUEUE_PERIOD_MS, QUEUE_PERIOD_MS, TimeUnit.MILLISECONDS);
  }

  @Override
  public void on(ChatSignal signal) {
    if (signal instanceof ChatSignal.MessageStored stored) {
      Optional.ofNullable(stored.message())
          .or(() -> chats.message(stored.chatId(), stored.seq()))
          .ifPresent(
              m ->
                  toChat(
                      m.chatId(),
                      Map.of("type", "message", "message", views.message(m, locale(m)))));
    } else if (signal instanceof ChatSignal.StateChanged changed) {
      chats.find(changed.chatId()).ifPresent(this::state);
    } else if (signal instanceof ChatSignal.Typing typing) {
      toChat(typing.chatId(), Map.of("type", "typing", "side", typing.side().code()));
    } else if (signal instanceof ChatSignal.QueueChanged) {
      queueChanged.set(true);
    }
  }

  private void state(Chat chat) {
    toChat(chat.id(), Map.of("type", "state", "state", views.state(chat)));
    broker.convertAndSend(
        "/topic/staff",
        (Object)
            Map.of(
                "type", "chat",
                "chatId", chat.id().toString(),
                "status", chat.status().code(),
                "specialistId", String.valueOf(chat.specialistId()),
                "crisis", chat.crisis()));
  }

  private void publishPositions() {
    if (!queueChanged.getAndSet(false)) {
      return;
    }
    try {
      queue
          .positions()
          .forEach(
              (chat, position) -> {
                toChat(
                    chat.id(),
                    Map.of(
                        "type",
                        "state",
                        "state",
                        views.state(chat, position.position(), position.estimatedWait())));
                waiters.wake(chat.id());
              });
      broker.convertAndSend("/topic/staff", (Object) Map.of("type", "queue"));
    } catch (RuntimeException e) {
      log.warn("Queue positions not published: {}", e.toString());
      queueChanged.set(true);
    }
  }

  private void toChat(java.util.UUID chatId, Object payload) {
    broker.convertAndSend("/topic/chat." + chatId, payload);
  }

  /**
   * Only service events are worded in the chat's language: a text needs no lookup. The first
   * message of each chat used to read its chat on this single thread, and at 1,000 chats those
   * reads delayed every message behind them by seconds.
   */
  private Locale locale(ca.repere.chat.conversation.Message message) {
    return "event".equals(message.kind()) ? locale(message.chatId()) : Locale.ROOT;
  }

  /**
   * A chat's language never changes, so it is remembered (bounded) rather than read per message.
   */
  private Locale locale(java.util.UUID chatId) {
    if (languages.size() > 10_000) {
      languages.clear();
    }
    return languages.computeIfAbsent(
        chatId,
        id ->
            chats
                .find(id)
                .map(c -> Locale.forLanguageTag(c.language().code()))
                .orElse(Locale.FRENCH));
  }

  private static Thread daemon(Runnable runnable, String name) {
    Thread thread = new Thread(runnable, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() {
    timer.shutdownNow();
  }
}
