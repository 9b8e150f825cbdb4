package ca.repere.chat.conversation;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Stores the messages people type, committing together every message that arrived while the
 * previous commit was flushed to disk (group commit). PostgreSQL serializes the commits of
 * transactions that {@code NOTIFY}, disk flush included, so one transaction per message capped the
 * whole service at one message per flush (2–5 ms here) and any slow flush queued every writer
 * behind it. Each message is still stored by {@code chat.append_message} under its chat's row lock,
 * with its sequence number, and its caller returns only after the commit.
 */
@Component
class MessageWriter implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(MessageWriter.class);
  private static final int MAX_BATCH = 250;
  private static final long WAIT_SECONDS = 30;

  /** A message to store; {@code floodMax} null skips the flood check. */
  record Post(
      UUID chatId,
      Sender sender,
      String kind,
      UUID authorId,
      String authorName,
      String body,
      UUID serviceId,
      String clientId,
      Integer floodMax,
      double floodSeconds,
      boolean danger) {}

  /**
   * What {@code chat.append_message} did: "stored", "resent", "unknown", "not-yours", "ended" or
   * "flood"; the message's sequence number and time when stored or resent.
   */
  record Appended(String result, long seq, Instant at) {}

  private record Pending(Post post, CompletableFuture<Appended> done) {}

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final BlockingQueue<Pending> queue = new LinkedBlockingQueue<>();
  private final Thread thread;
  private volatile boolean running = true;

  MessageWriter(JdbcClient jdbc, PlatformTransactionManager transactions) {
    this.jdbc = jdbc;
    this.transaction = new TransactionTemplate(transactions);
    this.thread = new Thread(this::run, "chat-message-writer");
    thread.setDaemon(true);
    thread.start();
  }

  /** Stores {@code post} in the next group commit; returns once it is committed. */
  Appended write(Post post) {
    Pending pending = new Pending(post, new CompletableFuture<>());
    if (!running) {
      throw new IllegalStateException("the chat message writer is stopped");
    }
    queue.add(pending);
    try {
      return pending.done().get(WAIT_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      throw new IllegalStateException(
          "a chat message was not stored within " + WAIT_SECONDS + " s", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while storing a chat message", e);
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException runtime
          ? runtime
          : new IllegalStateException(e.getCause());
    }
  }

  /**
   * Stores one message in the caller's transaction (service events, shared cards: rare, and already
   * under the chat's lock).
   */
  Appended append(Post post) {
    return jdbc.sql(
            "select result, message_seq, message_at from chat.append_message(:chat, :sender,"
                + " :kind, :author, :name, :body, :service, :client, :floodMax, :floodSeconds,"
                + " :danger)")
        .param("chat", post.chatId())
        .param("sender", post.sender().code())
        .param("kind", post.kind())
        .param("author", post.authorId(), java.sql.Types.OTHER)
        .param("name", post.authorName(), java.sql.Types.VARCHAR)
        .param("body", post.body())
        .param("service", post.serviceId(), java.sql.Types.OTHER)
        .param("client", post.clientId(), java.sql.Types.VARCHAR)
        .param("floodMax", post.floodMax(), java.sql.Types.INTEGER)
        .param("floodSeconds", post.floodSeconds())
        .param("danger", post.danger())
        .query(
            (rs, row) ->
                new Appended(
                    rs.getString("result"),
                    rs.getLong("message_seq"),
                    instant(rs.getTimestamp("message_at"))))
        .single();
  }

  private void run() {
    List<Pending> batch = new ArrayList<>();
    while (running) {
      try {
        batch.add(queue.take());
        queue.drainTo(batch, MAX_BATCH - 1);
        commit(batch);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        break;
      } catch (RuntimeException e) {
        batch.forEach(p -> p.done().completeExceptionally(e));
      }
      batch.clear();
    }
    failRemaining();
  }

  /**
   * Commits the batch in one transaction, locking chats in id order (so that batches never wait on
   * each other in a cycle); if anything fails, each message is tried again on its own, so one bad
   * message fails only its sender.
   */
  private void commit(List<Pending> batch) {
    List<Pending> ordered =
        batch.stream().sorted(Comparator.comparing((Pending p) -> p.post().chatId())).toList();
    List<Appended> results;
    try {
      results = transaction.execute(status -> ordered.stream().map(p -> append(p.post())).toList());
    } catch (RuntimeException e) {
      if (batch.size() > 1) {
        log.warn(
            "A batch of {} chat messages failed ({}); storing them one by one",
            batch.size(),
            e.toString());
      }
      ordered.forEach(this::commitAlone);
      return;
    }
    for (int i = 0; i < ordered.size(); i++) {
      ordered.get(i).done().complete(results.get(i));
    }
  }

  private void commitAlone(Pending pending) {
    try {
      pending.done().complete(transaction.execute(status -> append(pending.post())));
    } catch (RuntimeException e) {
      pending.done().completeExceptionally(e);
    }
  }

  private void failRemaining() {
    List<Pending> left = new ArrayList<>();
    queue.drainTo(left);
    left.forEach(
        p ->
            p.done()
                .completeExceptionally(new IllegalStateException("the application is stopping")));
  }

  private static Instant instant(Timestamp timestamp) {
    return timestamp == null ? null : timestamp.toInstant();
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    thread.interrupt();
    thread.join(5000);
    failRemaining();
  }
}
