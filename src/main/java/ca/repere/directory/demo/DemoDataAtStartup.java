package ca.repere.directory.demo;

import ca.repere.directory.Directory;
import ca.repere.platform.EmbeddedDatabaseState;
import ca.repere.platform.Progress;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Loads the demo directory when the server starts on an embedded database it has just created, or,
 * with {@code repere.demo-data.on-empty-database=true}, on any empty directory (tests). An external
 * database never receives demo data unless {@code demo-data} is run on purpose.
 */
@Component
class DemoDataAtStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoDataAtStartup.class);

  private final DemoDataLoader loader;
  private final Directory directory;
  private final ObjectProvider<EmbeddedDatabaseState> embedded;
  private final boolean onEmptyDatabase;
  private final String task;

  DemoDataAtStartup(
      DemoDataLoader loader,
      Directory directory,
      ObjectProvider<EmbeddedDatabaseState> embedded,
      @Value("${repere.demo-data.on-empty-database:false}") boolean onEmptyDatabase,
      @Value("${repere.task:}") String task) {
    this.loader = loader;
    this.directory = directory;
    this.embedded = embedded;
    this.onEmptyDatabase = onEmptyDatabase;
    this.task = task;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!task.isBlank()) {
      return; // a command-line task decides for itself (demo-data loads, import must not get demo)
    }
    EmbeddedDatabaseState state = embedded.getIfAvailable();
    boolean fresh = state != null && state.needsSeeding();
    if ((fresh || onEmptyDatabase) && directory.countServices() == 0) {
      long start = System.currentTimeMillis();
      DemoData data =
          loader.load(
              new DemoSettings(
                  DemoSettings.DEFAULT_SEED, DemoSettings.DEFAULT_SERVICES, LocalDate.now()),
              false,
              Progress.silent());
      log.info(
          "Loaded the demo directory: {} organizations, {} services in {} ms",
          data.organizations().size(),
          data.services().size(),
          System.currentTimeMillis() - start);
    }
    if (fresh) {
      state.seeded();
    }
  }
}
