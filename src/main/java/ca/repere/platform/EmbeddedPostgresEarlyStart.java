package ca.repere.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.boot.context.event.ApplicationFailedEvent;
import org.springframework.boot.context.event.SpringApplicationEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Starts the embedded PostgreSQL on a background thread as soon as the configuration is known, so
 * that stopping a crashed run's orphaned server, crash recovery and the server's start overlap with
 * the minutes of CPU that Spring spends reading the application's classes, instead of following
 * them. The {@code embeddedPostgres} bean then takes this server over (or starts one itself when
 * there is none, as in tests). Registered by the server's {@code main} only.
 */
public final class EmbeddedPostgresEarlyStart
    implements ApplicationListener<SpringApplicationEvent> {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresEarlyStart.class);

  /** The server being started, with what it was started for; null when none. */
  private static Pending pending;

  private record Pending(Settings settings, CompletableFuture<EmbeddedPostgres> server) {}

  /** What the server is started with: the bean takes it over only if it asks for the same. */
  record Settings(Path dataDir, int port, boolean startEmpty) {}

  @Override
  public void onApplicationEvent(SpringApplicationEvent event) {
    if (event instanceof ApplicationEnvironmentPreparedEvent prepared) {
      start(prepared.getEnvironment());
    } else if (event instanceof ApplicationFailedEvent) {
      stopUnclaimed();
    }
  }

  private static void start(ConfigurableEnvironment environment) {
    if (!environment.getProperty("spring.datasource.url", "").isEmpty()) {
      return; // external database
    }
    Settings settings =
        new Settings(
            Path.of(environment.getRequiredProperty("repere.data-dir")),
            environment.getProperty("repere.embedded-db.port", Integer.class, 0),
            environment.getProperty("repere.embedded-db.start-empty", Boolean.class, false));
    CompletableFuture<EmbeddedPostgres> server = new CompletableFuture<>();
    synchronized (EmbeddedPostgresEarlyStart.class) {
      pending = new Pending(settings, server);
    }
    Thread thread =
        new Thread(
            () -> {
              try {
                server.complete(
                    new EmbeddedPostgresLauncher(settings.dataDir())
                        .start(settings.port(), settings.startEmpty()));
              } catch (Throwable e) {
                server.completeExceptionally(e);
              }
            },
            "embedded-postgres-start");
    thread.setDaemon(true);
    thread.start();
  }

  /**
   * The server started early for these settings, waiting for its start to end; null when none was
   * started (or for other settings). Failures are thrown as the launcher threw them.
   */
  static EmbeddedPostgres claim(Settings settings) throws IOException {
    CompletableFuture<EmbeddedPostgres> server;
    synchronized (EmbeddedPostgresEarlyStart.class) {
      if (pending == null || !pending.settings().equals(settings)) {
        return null;
      }
      server = pending.server();
      pending = null;
    }
    try {
      return server.get();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the embedded PostgreSQL started", e);
    } catch (ExecutionException e) {
      if (e.getCause() instanceof IOException io) {
        throw io;
      } else if (e.getCause() instanceof RuntimeException runtime) {
        throw runtime;
      } else if (e.getCause() instanceof Error error) {
        throw error;
      }
      throw new IllegalStateException(e.getCause());
    }
  }

  /** The application failed before its bean took the server over: stop it rather than orphan it. */
  private static void stopUnclaimed() {
    CompletableFuture<EmbeddedPostgres> server;
    synchronized (EmbeddedPostgresEarlyStart.class) {
      if (pending == null) {
        return;
      }
      server = pending.server();
      pending = null;
    }
    try {
      server.get().close();
    } catch (Exception e) {
      log.debug("The early-started embedded PostgreSQL did not start or stop cleanly", e);
    }
  }
}
