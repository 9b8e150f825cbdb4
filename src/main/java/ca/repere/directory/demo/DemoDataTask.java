package ca.repere.directory.demo;

import ca.repere.platform.EmbeddedDatabaseState;
import ca.repere.platform.Progress;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo-data}: loads, replaces or scales up the generated demo directory. */
@Component
@Command(
    name = "demo-data",
    description =
        "Loads the generated, fictitious demo directory (600 services in the 17 regions);"
            + " --reset replaces it, --services N generates a large one for benchmarks.",
    mixinStandardHelpOptions = true)
class DemoDataTask implements Callable<Integer> {

  private final DemoDataLoader loader;
  private final ObjectProvider<EmbeddedDatabaseState> embedded;

  @Option(names = "--reset", description = "Removes the demo data already loaded, then loads it.")
  boolean reset;

  @Option(
      names = "--services",
      defaultValue = "600",
      description = "How many services to generate (at least 100; default ${DEFAULT-VALUE}).")
  int services;

  @Option(
      names = "--seed",
      defaultValue = "211",
      description = "The seed: the same seed gives the same data (default ${DEFAULT-VALUE}).")
  long seed;

  DemoDataTask(DemoDataLoader loader, ObjectProvider<EmbeddedDatabaseState> embedded) {
    this.loader = loader;
    this.embedded = embedded;
  }

  @Override
  public Integer call() {
    if (services < DemoSettings.MINIMUM_SERVICES) {
      System.err.printf(
          "Error: --services must be at least %d, got %d.%n",
          DemoSettings.MINIMUM_SERVICES, services);
      return 2;
    }
    long present = loader.demoServices();
    if (present > 0 && !reset) {
      System.err.printf(
          "Error: demo data is already loaded (%d services). Run 'demo-data --reset' to replace"
              + " it.%n",
          present);
      return 1;
    }
    if (present > 0) {
      System.out.printf("Replacing the %d demo services already loaded.%n", present);
    }
    long start = System.currentTimeMillis();
    DemoData data =
        loader.load(
            new DemoSettings(seed, services, LocalDate.now()),
            reset,
            new Progress("Services", services, System.out));
    embedded.ifAvailable(
        state -> {
          if (state.needsSeeding()) {
            state.seeded();
          }
        });
    System.out.printf(
        "Loaded %d organizations and %d services (seed %d) in %.1f s.%n",
        data.organizations().size(),
        data.services().size(),
        seed,
        (System.currentTimeMillis() - start) / 1000.0);
    return 0;
  }
}
