import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop benchmark of the insights queries: {@code java InsightsBench.java URL clients seconds}.
 * Each client sends the next query of the mix as soon as the previous answer arrives; prints the
 * throughput and the p50/p95/p99 latencies, overall and for the first (cold) request.
 */
public class InsightsBench {

  /** The mix: what the dashboard and open data users ask (regions, MRCs, municipalities, periods). */
  static final List<String> MIX =
      List.of(
          "/api/v1/insights/needs?territory=region&period=year&category=all",
          "/api/v1/insights/needs?territory=region&code=06&period=month",
          "/api/v1/insights/needs?territory=region&code=11&period=quarter&format=csv",
          "/api/v1/insights/needs?territory=mrc&period=year&category=LOG",
          "/api/v1/insights/needs?territory=mrc&code=040&period=month&category=ALIM",
          "/api/v1/insights/needs?territory=municipality&code=66023&period=month",
          "/api/v1/insights/needs?territory=municipality&code=23027&period=quarter&category=SANTM",
          "/api/v1/insights/needs?territory=region&period=month&category=all&format=csv");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int clients = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    long cold = time(http, base + MIX.get(0));
    System.out.printf("first request (builds the protected figures): %d ms%n", cold / 1_000_000);
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicLong errors = new AtomicLong();
    long end = System.nanoTime() + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      int offset = c;
      pool.submit(
          () -> {
            for (int i = offset; System.nanoTime() < end; i++) {
              try {
                latencies.add(time(http, base + MIX.get(i % MIX.size())));
              } catch (Exception e) {
                errors.incrementAndGet();
              }
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 60L, java.util.concurrent.TimeUnit.SECONDS);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "%d clients, %d s: %d requests (%.0f/s), %d errors; p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
        clients, seconds, sorted.size(), sorted.size() / (double) seconds, errors.get(),
        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
  }

  static long time(HttpClient http, String url) throws Exception {
    long start = System.nanoTime();
    HttpResponse<String> response =
        http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() != 200) {
      throw new IllegalStateException(url + " → " + response.statusCode());
    }
    return System.nanoTime() - start;
  }

  static double percentile(List<Long> sorted, int p) {
    if (sorted.isEmpty()) {
      return Double.NaN;
    }
    return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1)) / 1e6;
  }
}
