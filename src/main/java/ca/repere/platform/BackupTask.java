package ca.repere.platform;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code backup}: writes a consistent backup of the whole database to a zip file. */
@Component
@Command(
    name = "backup",
    description =
        "Writes a consistent backup of the whole database (embedded or external) to a zip file."
            + " Safe while nobody else uses the data folder; for a running server, see docs/operations.md.",
    mixinStandardHelpOptions = true)
class BackupTask implements Callable<Integer> {

  private final DatabaseBackup backup;
  private final Path dataDir;

  @Option(
      names = "--to",
      description = "The zip file to write (default: <data-dir>/backups/repere-<date-time>.zip).")
  Path target;

  BackupTask(DatabaseBackup backup, @Value("${repere.data-dir}") Path dataDir) {
    this.backup = backup;
    this.dataDir = dataDir;
  }

  @Override
  public Integer call() throws IOException {
    Path file = target != null ? target : defaultTarget();
    Files.createDirectories(file.toAbsolutePath().getParent());
    Path partial = file.resolveSibling(file.getFileName() + ".partial");
    DatabaseBackup.Summary summary;
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(partial))) {
      summary = backup.backup(out, new Progress("Tables", 0, System.out));
    } catch (RuntimeException e) {
      Files.deleteIfExists(partial);
      throw e;
    }
    // A backup file that exists is complete: it appears only once fully written and synced.
    try (var channel = java.nio.channels.FileChannel.open(partial)) {
      channel.force(true);
    }
    Files.move(partial, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
    System.out.printf(
        "Backup written to %s: %d tables, %d rows, schema version %s%n",
        file.toAbsolutePath(),
        summary.rows().size(),
        summary.totalRows(),
        summary.schemaVersion().replaceAll(".*,", ""));
    return 0;
  }

  private Path defaultTarget() {
    String stamp = LocalDateTime.now().format(DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss"));
    return dataDir.resolve("backups").resolve("repere-" + stamp + ".zip");
  }
}
