package ca.repere.search.engine;

import ca.repere.directory.ChangeLog;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Keeps this node's index current: a background thread LISTENs on the directory's change channel
 * and applies the change log whenever woken, and at least every {@code repere.search.poll-interval}
 * as a safety net (a lost notification, a restarted database). Not started by command-line tasks.
 */
@Component
class ChangeFollower implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(ChangeFollower.class);

  private final SearchIndex index;
  private final DataSource dataSource;
  private final Duration pollInterval;
  private final boolean runningTask;
  private volatile boolean running;
  private Thread thread;

  ChangeFollower(
      SearchIndex index,
      DataSource dataSource,
      @Value("${repere.search.poll-interval:PT2S}") Duration pollInterval,
      @Value("${repere.task:}") String task) {
    this.index = index;
    this.dataSource = dataSource;
    this.pollInterval = pollInterval;
    this.runningTask = !task.isBlank();
  }

  @EventListener(ApplicationReadyEvent.class)
  void start() {
    if (runningTask || running) {
      return;
    }
    running = true;
    thread = new Thread(this::follow, "search-index-follower");
    thread.setDaemon(true);
    thread.start();
  }

  private void follow() {
    while (running) {
      try (Connection connection = dataSource.getConnection()) {
        listen(connection);
        index.open(); // inside the retry: a database not reachable yet must not end the follower
        PGConnection pg = connection.unwrap(PGConnection.class);
        while (running) {
          index.catchUp();
          pg.getNotifications((int) pollInterval.toMillis());
        }
      } catch (SQLException | RuntimeException e) {
        if (running) {
          log.warn("Search index follower: {}; retrying in 1 s", e.toString());
          sleep();
        }
      }
    }
  }

  private static void listen(Connection connection) throws SQLException {
    connection.setAutoCommit(true);
    try (Statement statement = connection.createStatement()) {
      statement.execute("LISTEN " + ChangeLog.CHANNEL);
    }
  }

  private static void sleep() {
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
