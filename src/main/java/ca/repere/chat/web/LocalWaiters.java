package ca.repere.chat.web;

import ca.repere.chat.delivery.ChatSignal;
import ca.repere.chat.delivery.ChatSignalListener;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.stereotype.Component;

/**
 * Clients of the stateless fallback waiting on this node (long polls, event streams), woken by any
 * signal of their chat. A waiter re-reads the database when woken, so a signal carries no data and
 * a lost wake-up only delays (the poll times out and the client asks again).
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Component
class LocalWaiters implements ChatSignalListener {

  /** Someone waiting; {@code side} is the typing side that woke it, or null. */
  interface Waiter {
    void wake(String typingSide);
  }

  private final Map<UUID, Set<Waiter>> waiting = new ConcurrentHashMap<>();

  void add(UUID chatId, Waiter waiter) {
    waiting.computeIfAbsent(chatId, id -> ConcurrentHashMap.newKeySet()).add(waiter);
  }

  void remove(UUID chatId, Waiter waiter) {
    waiting.computeIfPresent(
        chatId,
        (id, set) -> {
          set.remove(waiter);
          return set.isEmpty() ? null : set;
        });
  }

  void wake(UUID chatId) {
    wake(chatId, null);
  }

  @Override
  public void on(ChatSignal signal) {
    if (signal instanceof ChatSignal.MessageStored stored) {
      wake(stored.chatId(), null);
    } else if (signal instanceof ChatSignal.StateChanged changed) {
      wake(changed.chatId(), null);
    } else if (signal instanceof ChatSignal.Typing typing) {
      wake(typing.chatId(), typing.side().code());
    }
  }

  private void wake(UUID chatId, String typingSide) {
    Set<Waiter> set = waiting.get(chatId);
    if (set != null) {
      set.forEach(w -> w.wake(typingSide));
    }
  }
}
