package ca.repere.platform;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Whether the embedded database was created by this start: the run command loads demo data only
 * into a database it has just created, never into an external one.
 */
public class EmbeddedDatabaseState {

  static final String FRESH_MARKER = "postgres/.repere-fresh";

  private final Path marker;

  EmbeddedDatabaseState(Path dataDir) {
    this.marker = dataDir.resolve(FRESH_MARKER);
  }

  /** True until {@link #seeded()} is called once after the database was created. */
  public boolean needsSeeding() {
    return Files.exists(marker);
  }

  public void seeded() {
    try {
      Files.deleteIfExists(marker);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
