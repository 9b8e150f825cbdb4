import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.UUID;

/**
 * kill -9 under mixed load, again and again: after each restart no acknowledged write is lost,
 * the search index has every edit, and the node served again within 20 s.
 *
 * <p>Arguments: --jar target/repere.jar --data /tmp/repere-crash --kills 10 --min-load 3
 * --max-load 12 (seconds of load before each kill), --searchers 2, --cds-archive
 * target/repere-app/repere.jsa (run.sh passes it with the unpacked jar, as the systemd unit does).
 */
public class CrashBench {

  /** The heap of the bench's node and, with --cds-archive, the class data sharing archive. */
  static List<String> jvmOptions(Options options) {
    List<String> jvm = new ArrayList<>(List.of("-Xmx512m"));
    String archive = options.get("cds-archive", "");
    if (!archive.isEmpty()) {
      jvm.add("-XX:SharedArchiveFile=" + Path.of(archive).toAbsolutePath());
    }
    return jvm;
  }

  public static void main(String[] args) throws Exception {
    Options options = new Options(args);
    Path data = Path.of(options.get("data", "/tmp/repere-crash/data"));
    DataFolder.deleteRecursively(data);
    Files.createDirectories(data.getParent());
    int kills = options.getInt("kills", 10);
    Duration restartTarget = Duration.ofSeconds(options.getInt("restart-target", 20));
    Random random = new Random(options.getInt("seed", (int) System.nanoTime()));
    AppProcess app =
        new AppProcess(
            Path.of(options.get("jar", "target/repere.jar")),
            data,
            data.resolveSibling("crash.log"),
            jvmOptions(options));

    Runtime.getRuntime().addShutdownHook(new Thread(app::stopQuietly));
    String email = "specialiste-" + UUID.randomUUID() + "@bench.example";
    String created = app.task("user", "create", "--email", email, "--name", "Banc crash", "--role", "specialist");
    String oneTime = created.replaceAll("(?s).*One-time password[^:]*: (\\S+).*", "$1").strip();
    app.start();
    System.out.println("first start (database created, demo data): " + app.awaitHealthy(Duration.ofMinutes(5)));
    Visitor specialist = new Visitor(app.url());
    specialist.signInFirstTime(email, oneTime, "une phrase de passe longue pour le banc " + UUID.randomUUID());

    MixedLoad load = new MixedLoad(app, specialist, MixedLoad.servicesToEdit(app, 20));
    load.start(options.getInt("searchers", 2));
    List<Duration> restarts = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    int minLoad = options.getInt("min-load", 3);
    int maxLoad = options.getInt("max-load", 12);
    for (int kill = 1; kill <= kills; kill++) {
      Thread.sleep(1000L * minLoad + random.nextInt(1000 * (maxLoad - minLoad + 1)));
      load.nodeUp(false);
      app.kill9();
      int acknowledged = load.ledger.size();
      app.start();
      Duration restart = app.awaitHealthy(Duration.ofSeconds(options.getInt("start-timeout", 120)));
      load.nodeUp(true);
      restarts.add(restart);
      Verification.Outcome outcome = Verification.check(
              app, load, Duration.ofSeconds(options.getInt("index-catch-up", 10)));
      System.out.printf(
          "kill %d/%d: %d acknowledged writes before the kill, %d checked, restart %.1f s, lost %d, not indexed %d%n",
          kill, kills, acknowledged, outcome.checked(), restart.toMillis() / 1000.0,
          outcome.lost().size(), outcome.notIndexed().size());
      problems.addAll(outcome.lost());
      problems.addAll(outcome.notIndexed());
      if (restart.compareTo(restartTarget) > 0) {
        problems.add("kill " + kill + ": restart took " + restart);
      }
    }
    load.stop();
    app.stop();

    long lost = problems.stream().filter(p -> !p.startsWith("search") && !p.startsWith("kill")).count();
    long notIndexed = problems.stream().filter(p -> p.startsWith("search")).count();
    Duration slowest = restarts.stream().max(Duration::compareTo).orElse(Duration.ZERO);
    System.out.printf(
        "%d kills, %d acknowledged writes (%d reports, %d contacts, %d chat messages, %d directory edits), %d searches, %d errors while up%s%n",
        kills, load.ledger.size(), load.ledger.reports.size(), load.ledger.contacts.size(),
        load.ledger.chatMessages.size(), load.ledger.edits.size(), load.counters.searches.get(), load.counters.errors.get(),
        load.counters.errors.get() > 0 ? " (last: " + load.counters.lastError + ")" : "");
    problems.stream().limit(20).forEach(p -> System.out.println("PROBLEM " + p));
    System.out.printf("RESULT crash.lost-writes | %d of %d | 0%n", lost, load.ledger.size());
    System.out.printf("RESULT crash.index-missing-edits | %d | 0%n", notIndexed);
    System.out.printf("RESULT crash.slowest-restart | %.1f s | <= %d s%n", slowest.toMillis() / 1000.0, restartTarget.toSeconds());
    boolean enoughWrites =
        !load.ledger.reports.isEmpty() && !load.ledger.contacts.isEmpty()
            && !load.ledger.chatMessages.isEmpty() && !load.ledger.edits.isEmpty();
    if (!enoughWrites) {
      System.out.println("PROBLEM a kind of write never succeeded; last error: " + load.counters.lastError);
    }
    System.exit(problems.isEmpty() && enoughWrites ? 0 : 1);
  }
}
