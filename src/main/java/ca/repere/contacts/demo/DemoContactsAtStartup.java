package ca.repere.contacts.demo;

import ca.repere.platform.EmbeddedDatabaseState;
import ca.repere.platform.Progress;
import java.time.YearMonth;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Loads three years of demo contacts when the server starts on an embedded database it has just
 * created (or, with {@code repere.demo-data.on-empty-database=true}, when there are none), like the
 * demo directory. Runs just before the directory's demo loader, which marks the database seeded.
 */
@Component
@Order(Ordered.LOWEST_PRECEDENCE - 1)
class DemoContactsAtStartup implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(DemoContactsAtStartup.class);

  private final DemoContactLoader loader;
  private final ObjectProvider<EmbeddedDatabaseState> embedded;
  private final boolean onEmptyDatabase;
  private final String task;

  DemoContactsAtStartup(
      DemoContactLoader loader,
      ObjectProvider<EmbeddedDatabaseState> embedded,
      @Value("${repere.demo-data.on-empty-database:false}") boolean onEmptyDatabase,
      @Value("${repere.task:}") String task) {
    this.loader = loader;
    this.embedded = embedded;
    this.onEmptyDatabase = onEmptyDatabase;
    this.task = task;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (!task.isBlank()) {
      return;
    }
    EmbeddedDatabaseState state = embedded.getIfAvailable();
    boolean fresh = state != null && state.needsSeeding();
    if ((fresh || onEmptyDatabase) && loader.demoContacts() == 0) {
      long start = System.currentTimeMillis();
      long count =
          loader.load(
              DemoContactSettings.standard(YearMonth.now(DemoContactGenerator.QUEBEC)),
              false,
              Progress.silent());
      log.info("Loaded {} demo contacts in {} ms", count, System.currentTimeMillis() - start);
    }
  }
}
