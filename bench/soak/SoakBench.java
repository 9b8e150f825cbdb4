import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Hours-long operation in minutes: mixed load on one node for a fixed time, no error allowed, and
 * memory stable: the live heap (after a full GC) and the resident size of the JVM, sampled
 * regularly, grow less than 10 % between the end of the warm-up and the end of the run.
 *
 * <p>Arguments: --jar target/repere.jar --data /tmp/repere-soak/data --minutes 30 --searchers 4
 * --sample-seconds 30 --warmup-percent 20 --heap 512m --heap-check true.
 */
public class SoakBench {

  record Sample(Duration at, long heapKib, long rssKib) {}

  public static void main(String[] args) throws Exception {
    Options options = new Options(args);
    Path data = Path.of(options.get("data", "/tmp/repere-soak/data"));
    DataFolder.deleteRecursively(data);
    Files.createDirectories(data.getParent());
    Duration length = Duration.ofSeconds(Math.round(Double.parseDouble(options.get("minutes", "30")) * 60));
    Duration every = Duration.ofSeconds(options.getInt("sample-seconds", 30));
    Duration warmUp = length.multipliedBy(options.getInt("warmup-percent", 20)).dividedBy(100);
    String heap = options.get("heap", "512m");
    // a run of a few minutes cannot tell the live heap's warm-up from a leak: CI's short run judges
    // errors and RSS only and prints the heap figure (--heap-check false); the 30-minute run judges all
    boolean heapCheck = Boolean.parseBoolean(options.get("heap-check", "true"));
    AppProcess app =
        new AppProcess(
            Path.of(options.get("jar", "target/repere.jar")),
            data,
            data.resolveSibling("soak.log"),
            List.of("-Xms" + heap, "-Xmx" + heap, "-XX:+AlwaysPreTouch"));

    Runtime.getRuntime().addShutdownHook(new Thread(app::stopQuietly));
    String email = "specialiste-" + UUID.randomUUID() + "@bench.example";
    String created = app.task("user", "create", "--email", email, "--name", "Banc endurance", "--role", "specialist");
    String oneTime = created.replaceAll("(?s).*One-time password[^:]*: (\\S+).*", "$1").strip();
    app.start();
    app.awaitHealthy(Duration.ofMinutes(5));
    Visitor specialist = new Visitor(app.url());
    specialist.signInFirstTime(email, oneTime, "une phrase de passe longue pour le banc " + UUID.randomUUID());

    MixedLoad load = new MixedLoad(app, specialist, MixedLoad.servicesToEdit(app, 50));
    Instant start = Instant.now();
    load.start(options.getInt("searchers", 4));
    List<Sample> samples = new ArrayList<>();
    while (Duration.between(start, Instant.now()).compareTo(length) < 0) {
      Thread.sleep(every.toMillis());
      Sample sample = new Sample(Duration.between(start, Instant.now()), app.liveHeapKib(), app.rssKib());
      samples.add(sample);
      System.out.printf(
          "%5.0f s: live heap %d MiB, RSS %d MiB, %d searches, %d writes, %d errors%n",
          sample.at().toMillis() / 1000.0, sample.heapKib() / 1024, sample.rssKib() / 1024,
          load.counters.searches.get(), load.counters.writes.get(), load.counters.errors.get());
    }
    load.stop();
    Duration elapsed = Duration.between(start, Instant.now());
    app.stop();

    List<Sample> steady = samples.stream().filter(s -> s.at().compareTo(warmUp) >= 0).toList();
    double heapGrowth = growth(steady.stream().map(Sample::heapKib).toList());
    double rssGrowth = growth(steady.stream().map(Sample::rssKib).toList());
    long errors = load.counters.errors.get();
    double rate = (load.counters.searches.get() + load.counters.writes.get()) / (elapsed.toMillis() / 1000.0);
    if (errors > 0) {
      System.out.println("PROBLEM last error: " + load.counters.lastError);
    }
    System.out.printf("RESULT soak.errors | %d in %.0f min | 0%n", errors, elapsed.toMillis() / 60000.0);
    System.out.printf(
        "RESULT soak.live-heap-growth | %+.1f %% | %s%n",
        heapGrowth, heapCheck ? "< 10 %" : "(not judged in a short run)");
    System.out.printf("RESULT soak.rss-growth | %+.1f %% | < 10 %%%n", rssGrowth);
    System.out.printf("RESULT soak.throughput | %.0f requests/s (%d searches, %d writes) | -%n",
        rate, load.counters.searches.get(), load.counters.writes.get());
    boolean ok =
        errors == 0 && (!heapCheck || heapGrowth < 10) && rssGrowth < 10 && steady.size() >= 2;
    System.exit(ok ? 0 : 1);
  }

  /**
   * Growth from the start to the end of the steady part, in percent: the median of its first three
   * samples against the median of its last three (one GC's noise is not a trend).
   */
  static double growth(List<Long> values) {
    if (values.size() < 2) {
      return Double.NaN;
    }
    int n = Math.min(3, values.size() / 2);
    double first = median(values.subList(0, Math.max(1, n)));
    double last = median(values.subList(values.size() - Math.max(1, n), values.size()));
    return (last - first) * 100.0 / first;
  }

  private static double median(List<Long> values) {
    List<Long> sorted = values.stream().sorted().toList();
    return sorted.get(sorted.size() / 2);
  }
}
