package ca.repere.chat.delivery;

import ca.repere.chat.conversation.ChatEvents;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Fan-out between nodes: one dedicated connection LISTENs on {@link ChatEvents#CHANNEL} and hands
 * every notification to this node's {@link ChatSignalListener}s, in commit order. Notifications
 * sent while the connection was down are lost, so after a reconnection it polls the database for
 * what happened meanwhile (messages since the outage, the state of every open chat).
 */
@Component
class ChatFanOut implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ChatFanOut.class);
  private static final Duration CATCH_UP_MARGIN = Duration.ofSeconds(5);

  private final DataSource dataSource;
  private final JdbcClient jdbc;
  private final ObjectProvider<ChatSignalListener> listeners;
  private final boolean runningTask;
  private volatile boolean running;
  private Thread thread;

  ChatFanOut(
      DataSource dataSource,
      JdbcClient jdbc,
      ObjectProvider<ChatSignalListener> listeners,
      @Value("${repere.task:}") String task) {
    this.dataSource = dataSource;
    this.jdbc = jdbc;
    this.listeners = listeners;
    this.runningTask = !task.isBlank();
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (runningTask || running) {
      return;
    }
    running = true;
    thread = new Thread(this::listen, "chat-fan-out");
    thread.setDaemon(true);
    thread.start();
  }

  private void listen() {
    Instant lostAt = null;
    while (running) {
      try (Connection listening = dataSource.getConnection()) {
        subscribe(listening);
        if (lostAt != null) {
          catchUp(lostAt.minus(CATCH_UP_MARGIN));
        }
        PGConnection pg = listening.unwrap(PGConnection.class);
        while (running) {
          PGNotification[] notifications = pg.getNotifications(1000);
          lostAt = Instant.now();
          if (notifications != null) {
            for (PGNotification notification : notifications) {
              dispatch(ChatSignal.parse(notification.getParameter()));
            }
          }
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          log.warn(
              "Chat fan-out lost its database connection: {}; reconnecting in 1 s", e.toString());
          pause();
        }
      }
    }
  }

  /** Replays what may have been missed: messages stored since {@code since}, every open chat. */
  private void catchUp(Instant since) {
    List<ChatSignal> missed =
        jdbc.sql(
                "select chat_id, seq from chat.message where created_at >= :since"
                    + " order by created_at, seq")
            .param("since", Timestamp.from(since))
            .query(
                (rs, row) ->
                    (ChatSignal)
                        new ChatSignal.MessageStored(
                            rs.getObject("chat_id", UUID.class), rs.getLong("seq")))
            .list();
    missed.forEach(this::dispatch);
    jdbc.sql("select id from chat.chat where status <> 'ended'")
        .query(UUID.class)
        .list()
        .forEach(id -> dispatch(new ChatSignal.StateChanged(id)));
    dispatch(new ChatSignal.QueueChanged());
    log.info("Chat fan-out reconnected; replayed {} messages", missed.size());
  }

  private void dispatch(ChatSignal signal) {
    if (signal == null) {
      return;
    }
    listeners
        .orderedStream()
        .forEach(
            listener -> {
              try {
                listener.on(signal);
              } catch (RuntimeException e) {
                log.warn("Chat delivery of {} failed: {}", signal, e.toString());
              }
            });
  }

  private static void subscribe(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute("LISTEN " + ChatEvents.CHANNEL);
    }
  }

  private static void pause() {
    try {
      Thread.sleep(1000);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public void close() throws InterruptedException {
    running = false;
    if (thread != null) {
      thread.interrupt();
      thread.join(5000);
    }
  }
}
