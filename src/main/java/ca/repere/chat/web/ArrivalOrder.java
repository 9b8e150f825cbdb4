package ca.repere.chat.web;

import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.springframework.messaging.Message;
import org.springframework.messaging.simp.SimpMessageHeaderAccessor;
import org.springframework.messaging.simp.stomp.StompHeaderAccessor;
import org.springframework.messaging.support.MessageBuilder;

/**
 * Keeps the messages of one STOMP connection ({@code /app/chat.<id>.send} frames) in the order they
 * were sent. Frames of a connection arrive one after the other, but the inbound channel hands them
 * to several threads, so two quick SENDs could be stored in the wrong order. Each SEND is numbered
 * as it arrives ({@link #number}, on the connection's thread) and waits, before it is stored, until
 * the one before it is done ({@link #inTurn}). A predecessor that never comes (its frame failed
 * before reaching the controller) holds the next one back for at most {@link #PATIENCE_MS} ms.
 *
 * <p>Not Spring's {@code setPreserveReceiveOrder}: it moves the access check off the connection's
 * thread, so a refused SUBSCRIBE no longer gets its ERROR frame.
 */
final class ArrivalOrder {

  static final long PATIENCE_MS = 10_000;
  private static final String HEADER = "chat-arrival";
  private static final String SESSION_KEY = "chat-arrival-order";

  private long issued;
  private long next = 1;

  /** The frame with its number in the connection's order (unchanged outside a session). */
  static Message<?> number(Message<?> message, StompHeaderAccessor stomp) {
    Map<String, Object> session = stomp.getSessionAttributes();
    if (session == null) {
      return message;
    }
    ArrivalOrder order =
        (ArrivalOrder) session.computeIfAbsent(SESSION_KEY, key -> new ArrivalOrder());
    StompHeaderAccessor numbered = StompHeaderAccessor.wrap(message);
    numbered.setHeader(HEADER, order.issue());
    return MessageBuilder.createMessage(message.getPayload(), numbered.getMessageHeaders());
  }

  /** Runs {@code action} once every frame of the connection numbered before this one is done. */
  static void inTurn(SimpMessageHeaderAccessor headers, Runnable action) {
    Map<String, Object> session = headers.getSessionAttributes();
    Object order = session == null ? null : session.get(SESSION_KEY);
    if (!(order instanceof ArrivalOrder arrivals)
        || !(headers.getHeader(HEADER) instanceof Long number)) {
      action.run();
      return;
    }
    arrivals.awaitTurn(number);
    try {
      action.run();
    } finally {
      arrivals.done(number);
    }
  }

  private synchronized long issue() {
    return ++issued;
  }

  private synchronized void awaitTurn(long number) {
    long deadline = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(PATIENCE_MS);
    long left;
    while (next < number && (left = deadline - System.nanoTime()) > 0) {
      try {
        TimeUnit.NANOSECONDS.timedWait(this, left);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        return;
      }
    }
  }

  private synchronized void done(long number) {
    next = Math.max(next, number + 1);
    notifyAll();
  }
}
