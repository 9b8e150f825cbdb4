package ca.repere.platform;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.util.FileSystemUtils;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code restore}: replaces all data with a backup's, in one transaction. */
@Component
@Command(
    name = "restore",
    description =
        "Replaces ALL data of the database with a backup made by 'backup' (same Repère release)."
            + " All or nothing. Stop the server first.",
    mixinStandardHelpOptions = true)
class RestoreTask implements Callable<Integer> {

  private final DatabaseBackup backup;
  private final Path dataDir;

  @Option(names = "--from", required = true, description = "The backup zip file.")
  Path source;

  @Option(
      names = "--yes",
      description = "Confirms that the current data is to be replaced by the backup's.")
  boolean confirmed;

  RestoreTask(DatabaseBackup backup, @Value("${repere.data-dir}") Path dataDir) {
    this.backup = backup;
    this.dataDir = dataDir;
  }

  @Override
  public Integer call() {
    if (!Files.isReadable(source)) {
      System.err.println("Error: cannot read the backup file " + source.toAbsolutePath());
      return 2;
    }
    if (!confirmed) {
      System.err.println(
          "Error: restoring replaces ALL current data with the backup's; add --yes to confirm.");
      return 2;
    }
    DatabaseBackup.Summary summary =
        backup.restore(() -> Files.newInputStream(source), new Progress("Tables", 0, System.out));
    // The search index describes the data that was just replaced: it is rebuilt at the next start.
    FileSystemUtils.deleteRecursively(dataDir.resolve("index").toFile());
    System.out.printf(
        "Restored %d tables, %d rows from %s; the search index is rebuilt at the next start.%n",
        summary.rows().size(), summary.totalRows(), source.toAbsolutePath());
    return 0;
  }
}
