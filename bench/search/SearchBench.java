import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

/**
 * Closed-loop HTTP benchmark of GET /api/v1/search: {@code clients} concurrent clients each send
 * the next query of the mix as soon as the previous answer arrives, for {@code seconds}; prints
 * throughput and latency percentiles. The mix is the judged relevance queries (text + place), half
 * of them with a filter. Run: {@code java bench/search/SearchBench.java http://localhost:8080 50 60}.
 *
 * <p>Open-loop mode: {@code java bench/search/SearchBench.java http://localhost:8080 0 30 --rate 800}
 * sends requests at a fixed rate (one every 1/rate s, whatever the answers) and measures each latency
 * from the request's scheduled send time, so queueing in the client or the server is not hidden
 * (no coordinated omission). The clients argument is ignored in that mode.
 */
public class SearchBench {

  public static void main(String[] args) throws Exception {
    String base = args.length > 0 ? args[0] : "http://localhost:8080";
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 60;
    double rate = 0;
    for (int a = 3; a + 1 < args.length; a++) {
      if (args[a].equals("--rate")) {
        rate = Double.parseDouble(args[a + 1]);
      }
    }
    List<String> paths = mix(Path.of("src/test/resources/search/relevance-judgments.tsv"));
    if (rate > 0) {
      openLoop(base, paths, rate, seconds);
      System.exit(0);
    }
    HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(clients)).build();
    // warm-up
    for (String path : paths) {
      send(http, base + path);
    }
    ENGINE.clear();
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      int offset = c;
      pool.submit(
          () -> {
            int i = offset;
            while (System.nanoTime() < end) {
              long start = System.nanoTime();
              int status = send(http, base + paths.get(i++ % paths.size()));
              latencies.add(System.nanoTime() - start);
              if (status != 200) {
                errors.incrementAndGet();
              }
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, TimeUnit.SECONDS);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "%d clients, %d s: %d searches, %.0f searches/s, errors %d%n",
        clients, seconds, sorted.size(), sorted.size() / (double) seconds, errors.get());
    for (double p : new double[] {0.50, 0.95, 0.99}) {
      System.out.printf("  p%.0f = %.1f ms%n", p * 100, percentile(sorted, p) / 1e6);
    }
    List<Long> engine = new ArrayList<>(ENGINE);
    Collections.sort(engine);
    System.out.printf(
        "  in-process (engine time, Server-Timing) over %d searches: p50 = %.2f ms, p95 = %.2f ms, p99 = %.2f ms%n",
        engine.size(), percentile(engine, 0.50) / 1e6, percentile(engine, 0.95) / 1e6, percentile(engine, 0.99) / 1e6);
    System.exit(0);
  }

  /** Fixed-rate sending; each latency counts from the scheduled send time. */
  private static void openLoop(String base, List<String> paths, double rate, int seconds) throws Exception {
    HttpClient http =
        HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).executor(Executors.newFixedThreadPool(8)).build();
    for (String path : paths) {
      send(http, base + path);
    }
    long total = (long) (rate * seconds);
    long[] latencies = new long[(int) total];
    int[] statuses = new int[(int) total];
    List<CompletableFuture<?>> pending = new ArrayList<>();
    long interval = (long) (1e9 / rate);
    long start = System.nanoTime();
    long late = 0;
    for (int i = 0; i < total; i++) {
      long scheduled = start + i * interval;
      long wait = scheduled - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      } else if (wait < -1_000_000) {
        late++;
      }
      int n = i;
      pending.add(
          http.sendAsync(
                  HttpRequest.newBuilder(URI.create(base + paths.get(i % paths.size())))
                      .timeout(Duration.ofSeconds(30))
                      .build(),
                  HttpResponse.BodyHandlers.discarding())
              .handle(
                  (r, e) -> {
                    latencies[n] = System.nanoTime() - scheduled;
                    statuses[n] = e == null ? r.statusCode() : -1;
                    return null;
                  }));
    }
    long sent = System.nanoTime() - start;
    CompletableFuture.allOf(pending.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
    long elapsed = System.nanoTime() - start;
    List<Long> sorted = new ArrayList<>();
    int errors = 0;
    for (int i = 0; i < total; i++) {
      sorted.add(latencies[i]);
      if (statuses[i] != 200) {
        errors++;
      }
    }
    Collections.sort(sorted);
    System.out.printf(
        "fixed rate %.0f/s, %d s: %d searches sent in %.1f s (%d sent >1 ms late), completed in %.1f s"
            + " = %.0f searches/s, errors %d (successful: %.0f/s)%n",
        rate, seconds, total, sent / 1e9, late, elapsed / 1e9, total / (elapsed / 1e9), errors,
        (total - errors) / (elapsed / 1e9));
    for (double p : new double[] {0.50, 0.95, 0.99}) {
      System.out.printf("  p%.0f = %.1f ms (from scheduled send time)%n", p * 100, percentile(sorted, p) / 1e6);
    }
  }

  /** The engine's own times (the API's Server-Timing header), in ns, of the closed loop's answers. */
  private static final List<Long> ENGINE = Collections.synchronizedList(new ArrayList<>());

  private static int send(HttpClient http, String url) {
    try {
      HttpResponse<Void> response =
          http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.discarding());
      response
          .headers()
          .firstValue("Server-Timing")
          .map(t -> t.replaceAll(".*search;dur=([0-9.]+).*", "$1"))
          .ifPresent(d -> ENGINE.add((long) (Double.parseDouble(d) * 1e6)));
      return response.statusCode();
    } catch (Exception e) {
      return -1;
    }
  }

  private static double percentile(List<Long> sorted, double p) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1))));
  }

  private static List<String> mix(Path judgments) throws Exception {
    List<String> paths = new ArrayList<>();
    String[] filters = {"", "&open_now=true", "", "&free=true", "", "&language=en"};
    int i = 0;
    for (String line : Files.readAllLines(judgments)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      paths.add(
          "/api/v1/search?q=" + enc(c[0]) + "&where=" + enc(c[1]) + "&lang=" + c[2] + filters[i++ % filters.length]);
    }
    return paths;
  }

  private static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
