package ca.repere.contacts.demo;

import ca.repere.platform.Progress;
import java.time.YearMonth;
import java.util.concurrent.Callable;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code demo-contacts}: loads, replaces or scales up the generated demo contacts. */
@Component
@Command(
    name = "demo-contacts",
    description =
        "Loads three years of generated, fictitious contact records (45,000 by default) ending with"
            + " the last complete month; --reset replaces them, --contacts 10000000 makes the"
            + " benchmark's scale data.",
    mixinStandardHelpOptions = true)
class DemoContactsTask implements Callable<Integer> {

  private final DemoContactLoader loader;

  @Option(names = "--reset", description = "Removes the demo contacts already loaded first.")
  boolean reset;

  @Option(
      names = "--contacts",
      defaultValue = "45000",
      description = "How many contacts over the three years (default ${DEFAULT-VALUE}).")
  long contacts;

  @Option(
      names = "--seed",
      defaultValue = "211",
      description = "The seed: the same seed gives the same contacts (default ${DEFAULT-VALUE}).")
  long seed;

  @Option(names = "--no-surge", description = "Without the pandemic-like surge of the first year.")
  boolean noSurge;

  DemoContactsTask(DemoContactLoader loader) {
    this.loader = loader;
  }

  @Override
  public Integer call() {
    if (contacts < DemoContactSettings.MONTHS) {
      System.err.printf(
          "Error: --contacts must be at least %d, got %d.%n", DemoContactSettings.MONTHS, contacts);
      return 2;
    }
    long present = loader.demoContacts();
    if (present > 0 && !reset) {
      System.err.printf(
          "Error: %d demo contacts are already loaded. Run 'demo-contacts --reset' to replace"
              + " them.%n",
          present);
      return 1;
    }
    long start = System.currentTimeMillis();
    YearMonth last = YearMonth.now(DemoContactGenerator.QUEBEC).minusMonths(1);
    long count =
        loader.load(
            new DemoContactSettings(seed, contacts, last, !noSurge),
            reset,
            new Progress("Contacts", contacts, System.out));
    System.out.printf(
        "Loaded %d demo contacts (seed %d, %s to %s) in %.1f s.%n",
        count,
        seed,
        last.minusMonths(DemoContactSettings.MONTHS - 1),
        last,
        (System.currentTimeMillis() - start) / 1000.0);
    return 0;
  }
}
