package ca.repere.platform;

import java.nio.file.Path;

/**
 * The data folder's PostgreSQL belongs to a Repère that is running (a server, or another task):
 * starting a second one on it would stop the first one's database. The message says what to do.
 */
public class DataFolderInUseException extends IllegalStateException {

  DataFolderInUseException(Path dataDir, String port) {
    super(
        "The data folder "
            + dataDir
            + " is in use by a running Repère (server or task). Stop it first, or point this"
            + " command at its database with"
            + " SPRING_DATASOURCE_URL=jdbc:postgresql://localhost:"
            + port
            + "/postgres SPRING_DATASOURCE_USERNAME=postgres.");
  }
}
