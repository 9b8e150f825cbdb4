import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Closed-loop benchmark of the insights queries of issue 9:
 * {@code InsightsBench URL clients seconds EMAIL ONE_TIME_PASSWORD JDBC_URL [warm-up-seconds]}.
 *
 * <ol>
 *   <li>the first request after the server is up (the protected figures must already be built);
 *   <li>the open-data API mix, then the dashboard mix (a signed-in supervisor: the page, its chart
 *       data with comparisons and sub-category drill-down, the CSV export), each with {@code
 *       clients} clients for {@code seconds} after an unmeasured warm-up of the same load:
 *       throughput and p50/p95/p99, and each path's p50 and p95;
 *   <li>the baseline, in the same run: the same kind of figure (needs by region for a year) asked
 *       straight from the contact records with SQL, which is what the rollups and the protected
 *       snapshot save.
 * </ol>
 *
 * Prints {@code RESULT} lines (bench/README.md).
 */
public class InsightsBench {

  /** What open data users ask: regions, MRCs, municipalities, months to years, JSON and CSV. */
  static final List<String> API =
      List.of(
          "/api/v1/insights/needs?territory=region&period=year&category=all",
          "/api/v1/insights/needs?territory=region&code=06&period=month",
          "/api/v1/insights/needs?territory=region&code=11&period=quarter&format=csv",
          "/api/v1/insights/needs?territory=mrc&period=year&category=LOG",
          "/api/v1/insights/needs?territory=mrc&code=040&period=month&category=ALIM",
          "/api/v1/insights/needs?territory=municipality&code=66023&period=month",
          "/api/v1/insights/needs?territory=municipality&code=23027&period=quarter&category=SANTM",
          "/api/v1/insights/needs?territory=region&period=month&category=all&format=csv");

  /** What an analyst or supervisor does on the dashboard. */
  static final List<String> DASHBOARD =
      List.of(
          "/staff/insights",
          "/staff/insights/data?territory=qc",
          "/staff/insights/data?territory=region:06&compare=region:03",
          "/staff/insights/data?territory=mrc:040&category=LOG",
          "/staff/insights/data?territory=region:11&category=ALIM",
          "/staff/insights/data?territory=mun:66023&compare=mun:23027&category=SANTM",
          "/staff/insights?territory=region:06&category=ALIM",
          "/staff/insights/export?territory=region:06&compare=region:03");

  public static void main(String[] args) throws Exception {
    String base = args[0];
    int clients = Integer.parseInt(args[1]);
    int seconds = Integer.parseInt(args[2]);
    int warmUp = args.length > 6 ? Integer.parseInt(args[6]) : 0;
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    long cold = time(http, base + API.get(0));
    System.out.printf("first request after start: %.1f ms%n", cold / 1e6);
    System.out.printf("RESULT insights.first-request | %.0f ms | <= 300 ms%n", cold / 1e6);

    List<Long> api =
        run(warmUp, seconds, clients, API, i -> time(http, base + API.get(i % API.size())));
    report("open-data API", "api", api, clients, seconds);

    Visitor supervisor = new Visitor(base);
    supervisor.signInFirstTime(args[3], args[4], "Bench-insights-" + System.nanoTime() + "!aA1");
    List<Long> dashboard =
        run(
            warmUp,
            seconds,
            clients,
            DASHBOARD,
            i -> {
              long start = System.nanoTime();
              String path = DASHBOARD.get(i % DASHBOARD.size());
              Visitor.Answer answer = supervisor.get(path);
              if (answer.status() != 200) {
                throw new IllegalStateException(path + " → " + answer.status());
              }
              return System.nanoTime() - start;
            });
    report("dashboard", "dashboard", dashboard, clients, seconds);

    baseline(args[5]);
  }

  interface Request {
    long send(int i) throws Exception;
  }

  /**
   * {@code clients} closed loops for {@code seconds}, after {@code warmUp} seconds of the same load
   * that are not measured (the JIT compiles the paths first taken then); prints each path's p50 and
   * p95 ({@code paths}, request i asks paths[i % paths.size()]) to show where the time goes.
   */
  static List<Long> run(int warmUp, int seconds, int clients, List<String> paths, Request request)
      throws InterruptedException {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    List<List<Long>> byPath = new ArrayList<>();
    for (int p = 0; p < paths.size(); p++) {
      byPath.add(Collections.synchronizedList(new ArrayList<>()));
    }
    AtomicLong errors = new AtomicLong();
    long measured = System.nanoTime() + warmUp * 1_000_000_000L;
    long end = measured + seconds * 1_000_000_000L;
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    for (int c = 0; c < clients; c++) {
      int offset = c;
      pool.submit(
          () -> {
            for (int i = offset; System.nanoTime() < end; i++) {
              try {
                long start = System.nanoTime();
                long latency = request.send(i);
                if (start >= measured) {
                  latencies.add(latency);
                  byPath.get(i % paths.size()).add(latency);
                }
              } catch (Exception e) {
                if (errors.incrementAndGet() <= 3) {
                  System.err.println("error: " + e.getMessage());
                }
              }
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(warmUp + seconds + 60L, TimeUnit.SECONDS);
    if (errors.get() > 0) {
      System.out.printf("%d errors%n", errors.get());
    }
    for (int p = 0; p < paths.size(); p++) {
      List<Long> sorted = new ArrayList<>(byPath.get(p));
      Collections.sort(sorted);
      System.out.printf(
          "  %-80s %5d requests, p50 %7.1f ms, p95 %7.1f ms%n",
          paths.get(p), sorted.size(), percentile(sorted, 50), percentile(sorted, 95));
    }
    return latencies;
  }

  static void report(String label, String name, List<Long> latencies, int clients, int seconds) {
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "%s, %d clients, %d s: %d requests (%.0f/s); p50 %.1f ms, p95 %.1f ms, p99 %.1f ms%n",
        label, clients, seconds, sorted.size(), sorted.size() / (double) seconds,
        percentile(sorted, 50), percentile(sorted, 95), percentile(sorted, 99));
    System.out.printf("RESULT insights.%s-p95 | %.1f ms | <= 300 ms%n", name, percentile(sorted, 95));
    System.out.printf("RESULT insights.%s-throughput | %.0f/s | -%n", name, sorted.size() / (double) seconds);
  }

  /**
   * The baseline: needs by region for the last complete year, from the contact records (5 runs,
   * one client). The rollups answer this from a snapshot; here PostgreSQL reads every contact.
   */
  static void baseline(String jdbc) throws Exception {
    String sql =
        """
        select c.region_code, count(*) from contacts.contact c
        join contacts.contact_need n on n.contact_id = c.id
        where c.started_at >= date_trunc('year', now()) - interval '1 year'
          and c.started_at < date_trunc('year', now())
        group by c.region_code
        """;
    List<Long> times = new ArrayList<>();
    try (Connection connection = DriverManager.getConnection(jdbc, "postgres", "");
        Statement statement = connection.createStatement()) {
      for (int i = 0; i < 5; i++) {
        long start = System.nanoTime();
        try (ResultSet rs = statement.executeQuery(sql)) {
          while (rs.next()) {
            rs.getLong(2);
          }
        }
        times.add(System.nanoTime() - start);
      }
    }
    Collections.sort(times);
    System.out.printf(
        "baseline (needs by region for a year, straight from the contact records, SQL): median %.0f ms, max %.0f ms%n",
        percentile(times, 50), percentile(times, 100));
    System.out.printf("RESULT insights.baseline-sql-median | %.0f ms | -%n", percentile(times, 50));
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
    return sorted.get(Math.max(0, Math.min(sorted.size() - 1, (int) Math.ceil(p / 100.0 * sorted.size()) - 1))) / 1e6;
  }
}
