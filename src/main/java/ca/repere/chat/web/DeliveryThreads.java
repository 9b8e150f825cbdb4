package ca.repere.chat.web;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.springframework.stereotype.Component;

/** Threads that answer woken long polls and push event streams, off the fan-out thread. */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Component
class DeliveryThreads implements AutoCloseable {

  private final AtomicInteger count = new AtomicInteger();
  private final ExecutorService executor =
      Executors.newFixedThreadPool(
          8,
          r -> {
            Thread thread = new Thread(r, "chat-delivery-" + count.incrementAndGet());
            thread.setDaemon(true);
            return thread;
          });

  ExecutorService executor() {
    return executor;
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}
