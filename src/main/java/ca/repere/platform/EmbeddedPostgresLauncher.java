package ca.repere.platform;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Starts PostgreSQL in {@code <data-dir>/postgres}, keeping its data between starts. After a crash
 * (kill -9 of the JVM), the orphaned postgres of this data directory is stopped first, since it
 * would otherwise hold the port and {@code postmaster.pid} and make the next start wait and fail.
 */
class EmbeddedPostgresLauncher {

  private static final Logger log = LoggerFactory.getLogger(EmbeddedPostgresLauncher.class);

  private static final Map<Path, FileLock> HELD_LOCKS = new HashMap<>();

  private final Path dataDir;
  private final Path pgData;

  EmbeddedPostgresLauncher(Path dataDir) {
    this.dataDir = dataDir.toAbsolutePath().normalize();
    this.pgData = this.dataDir.resolve("postgres");
  }

  /**
   * @param startEmpty wipe the database first (tests only: each test run starts from a known state)
   */
  EmbeddedPostgres start(int port, boolean startEmpty) throws IOException {
    Files.createDirectories(dataDir.resolve("pg-binaries"));
    lockDataFolder();
    if (startEmpty) {
      stopOrphanedServer();
      org.springframework.util.FileSystemUtils.deleteRecursively(pgData);
    }
    boolean fresh = !Files.exists(pgData.resolve("PG_VERSION"));
    stopOrphanedServer();
    log.info("Starting embedded PostgreSQL in {}{}", pgData, fresh ? " (new database)" : "");
    EmbeddedPostgres.Builder builder =
        EmbeddedPostgres.builder()
            .setDataDirectory(pgData)
            .setCleanDataDirectory(false)
            // Spring stops it after the beans that use it; zonky's own hook would race them.
            .setRegisterShutdownHook(false)
            .setOverrideWorkingDirectory(dataDir.resolve("pg-binaries").toFile())
            .setPGStartupWait(Duration.ofSeconds(60))
            .setServerConfig("fsync", "on")
            .setServerConfig("synchronous_commit", "on")
            .setServerConfig("full_page_writes", "on")
            .setServerConfig("max_connections", "200")
            .setServerConfig("shared_buffers", "128MB")
            .setServerConfig("timezone", "UTC");
    if (port > 0) {
      builder.setPort(port);
    }
    EmbeddedPostgres postgres = builder.start();
    if (fresh) {
      Files.writeString(pgData.resolve(".repere-fresh"), "created by this start\n");
    }
    return postgres;
  }

  /**
   * Holds {@code <data-dir>/repere.lock} for the life of this JVM. The operating system releases it
   * when the process dies, even by kill -9, so a postgres found running while we hold the lock is
   * an orphan; failing to get it means a live Repère (server or task) owns the folder.
   */
  private void lockDataFolder() throws IOException {
    synchronized (HELD_LOCKS) {
      if (HELD_LOCKS.containsKey(dataDir)) {
        return;
      }
      FileChannel channel =
          FileChannel.open(
              dataDir.resolve("repere.lock"), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
      FileLock lock = channel.tryLock();
      if (lock == null) {
        channel.close();
        throw new DataFolderInUseException(dataDir, readPort(pgData.resolve("postmaster.pid")));
      }
      HELD_LOCKS.put(dataDir, lock);
    }
  }

  private void stopOrphanedServer() {
    Path pidFile = pgData.resolve("postmaster.pid");
    Optional<Long> pid = readPid(pidFile);
    if (pid.isEmpty()) {
      return;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid.get()).filter(this::isOurPostgres);
    if (process.isPresent()) {
      log.warn("Stopping PostgreSQL left running by a previous crash (pid {})", pid.get());
      // SIGQUIT-like immediate stop is not exposed by ProcessHandle: destroy() sends SIGTERM (smart
      // shutdown of idle sessions), destroyForcibly() SIGKILL; WAL recovery makes either safe.
      process.get().destroy();
      waitForExit(process.get(), Duration.ofSeconds(10));
      if (process.get().isAlive()) {
        process.get().destroyForcibly();
        waitForExit(process.get(), Duration.ofSeconds(5));
      }
    }
  }

  private boolean isOurPostgres(ProcessHandle handle) {
    try {
      String cmdline =
          Files.readString(
                  Path.of("/proc", Long.toString(handle.pid()), "cmdline"), StandardCharsets.UTF_8)
              .replace('\0', ' ');
      return cmdline.contains("postgres") && cmdline.contains(pgData.toString());
    } catch (IOException e) {
      return handle.info().command().map(c -> c.contains("postgres")).orElse(false);
    }
  }

  /** The fourth line of {@code postmaster.pid} is the port. */
  private static String readPort(Path pidFile) {
    try {
      var lines = Files.readAllLines(pidFile);
      return lines.size() > 3 ? lines.get(3).trim() : "?";
    } catch (IOException e) {
      return "?";
    }
  }

  private static Optional<Long> readPid(Path pidFile) {
    try {
      if (!Files.exists(pidFile)) {
        return Optional.empty();
      }
      String first = Files.readAllLines(pidFile).stream().findFirst().orElse("").trim();
      return first.isEmpty() ? Optional.empty() : Optional.of(Long.parseLong(first));
    } catch (IOException | NumberFormatException e) {
      return Optional.empty();
    }
  }

  private static void waitForExit(ProcessHandle process, Duration timeout) {
    try {
      process.onExit().get(timeout.toMillis(), java.util.concurrent.TimeUnit.MILLISECONDS);
    } catch (Exception e) {
      // still alive: the caller escalates
    }
  }
}
