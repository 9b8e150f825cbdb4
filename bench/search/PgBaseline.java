import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The PostgreSQL baseline of issue 3: the judged query mix answered by a PostgreSQL full-text +
 * earthdistance query on the same directory.
 *
 * <p>It creates, if absent, a helper table {@code bench.service_doc} (one row per published,
 * active, non-confidential service at a located place: its French + English {@code tsvector} of
 * name and description, and its {@code ll_to_earth} point) with a GIN index on the vector and a GiST
 * index on the point for the distance box. The application's tables are only read.
 *
 * <p>Then {@code clients} JDBC clients run the mix closed-loop for {@code seconds}: full-text match
 * (French OR English query) inside a {@code radius} km earth box around the place, ranked by
 * {@code ts_rank_cd} with a distance decay, top 10. Filters of the HTTP mix are not applied
 * (text + place only, which flatters the baseline).
 *
 * <p>With a server URL, it also computes NDCG@10 on the judged set for the baseline and for the
 * Repère API with the same gain and the same ideal (ten results of the best grade), so the two are
 * comparable (the ideal differs from SearchRelevanceIT's, which looks for what exists near the
 * place).
 *
 * <p>Run: {@code java -cp postgresql.jar bench/search/PgBaseline.java jdbc:postgresql://localhost:PORT/postgres
 * 50 30 [http://localhost:8097]} (user postgres, no password).
 */
public class PgBaseline {

  static final int K = 10;
  static final double RADIUS_KM = 50;

  record Judged(String query, String where, String lang, Map<String, Integer> grades) {}

  public static void main(String[] args) throws Exception {
    String url = args[0];
    int clients = args.length > 1 ? Integer.parseInt(args[1]) : 50;
    int seconds = args.length > 2 ? Integer.parseInt(args[2]) : 30;
    String server = args.length > 3 ? args[3] : null;
    List<Judged> judged = judgments(Path.of("src/test/resources/search/relevance-judgments.tsv"));

    Map<String, double[]> places = new HashMap<>();
    try (Connection c = connect(url)) {
      prepare(c);
      for (Judged j : judged) {
        places.computeIfAbsent(j.where(), w -> place(c, w));
      }
    }

    // latency / throughput, closed loop
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger errors = new AtomicInteger();
    ExecutorService pool = Executors.newFixedThreadPool(clients);
    List<Connection> connections = new ArrayList<>();
    for (int i = 0; i < clients; i++) {
      connections.add(connect(url));
    }
    try (Connection c = connect(url)) { // warm-up
      for (Judged j : judged) {
        search(c, j, places.get(j.where()));
      }
    }
    long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
    for (int c = 0; c < clients; c++) {
      int offset = c;
      Connection conn = connections.get(c);
      pool.submit(
          () -> {
            int i = offset;
            while (System.nanoTime() < end) {
              Judged j = judged.get(i++ % judged.size());
              long start = System.nanoTime();
              try {
                search(conn, j, places.get(j.where()));
              } catch (Exception e) {
                errors.incrementAndGet();
              }
              latencies.add(System.nanoTime() - start);
            }
            return null;
          });
    }
    pool.shutdown();
    pool.awaitTermination(seconds + 120L, TimeUnit.SECONDS);
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    System.out.printf(
        "PostgreSQL baseline, %d JDBC clients, %d s: %d searches, %.1f searches/s, errors %d%n",
        clients, seconds, sorted.size(), sorted.size() / (double) seconds, errors.get());
    for (double p : new double[] {0.50, 0.95, 0.99}) {
      System.out.printf("  p%.0f = %.1f ms%n", p * 100, percentile(sorted, p) / 1e6);
    }

    // relevance
    try (Connection c = connect(url)) {
      double pg = 0;
      double api = 0;
      int pgZero = 0;
      HttpClient http = server == null ? null : HttpClient.newHttpClient();
      for (Judged j : judged) {
        List<String> ids = search(c, j, places.get(j.where()));
        if (ids.isEmpty()) {
          pgZero++;
        }
        pg += ndcg(c, j, ids);
        if (http != null) {
          api += ndcg(c, j, apiIds(http, server, j));
        }
      }
      System.out.printf(
          "NDCG@10 (ideal: 10 results of the best grade) over %d queries: PostgreSQL %.3f (zero-result %.0f%%)%s%n",
          judged.size(),
          pg / judged.size(),
          100.0 * pgZero / judged.size(),
          http == null ? "" : String.format(", Repère API %.3f", api / judged.size()));
    }
    for (Connection c : connections) {
      c.close();
    }
    System.exit(0);
  }

  static Connection connect(String url) throws Exception {
    return DriverManager.getConnection(url, "postgres", "");
  }

  static void prepare(Connection c) throws Exception {
    try (Statement s = c.createStatement()) {
      s.execute("CREATE EXTENSION IF NOT EXISTS cube");
      s.execute("CREATE EXTENSION IF NOT EXISTS earthdistance");
      s.execute("CREATE SCHEMA IF NOT EXISTS bench");
      try (ResultSet r = s.executeQuery("SELECT to_regclass('bench.service_doc') IS NOT NULL")) {
        r.next();
        if (r.getBoolean(1)) {
          System.out.println("bench.service_doc exists (drop schema bench to rebuild it)");
          return;
        }
      }
      long t = System.nanoTime();
      s.execute(
          """
          CREATE TABLE bench.service_doc AS
          SELECT s.id AS service_id, l.latitude, l.longitude,
                 ll_to_earth(l.latitude, l.longitude) AS point,
                 setweight(to_tsvector('french', coalesce(s.name_fr, '')), 'A')
                 || setweight(to_tsvector('english', coalesce(s.name_en, '')), 'A')
                 || setweight(to_tsvector('french', coalesce(s.description_fr, '')), 'B')
                 || setweight(to_tsvector('english', coalesce(s.description_en, '')), 'B') AS doc
          FROM directory.service s
          JOIN directory.service_at_location sal ON sal.service_id = s.id
          JOIN directory.location l ON l.id = sal.location_id
          WHERE s.status = 'active' AND s.lifecycle = 'published'
            AND (s.end_date IS NULL OR s.end_date >= current_date)
            AND l.lifecycle = 'published' AND NOT l.confidential
            AND l.latitude IS NOT NULL AND l.longitude IS NOT NULL
          """);
      s.execute("CREATE INDEX service_doc_text ON bench.service_doc USING gin (doc)");
      s.execute("CREATE INDEX service_doc_point ON bench.service_doc USING gist (point)");
      s.execute("ANALYZE bench.service_doc");
      try (ResultSet r = s.executeQuery("SELECT count(*) FROM bench.service_doc")) {
        r.next();
        System.out.printf(
            "bench.service_doc: %d rows, GIN + GiST indexes built in %.1f s%n", r.getLong(1), (System.nanoTime() - t) / 1e9);
      }
    }
  }

  static double[] place(Connection c, String where) {
    try (PreparedStatement p =
        c.prepareStatement(
            "SELECT latitude, longitude FROM geography.municipality WHERE lower(name) = lower(?)"
                + " ORDER BY population DESC LIMIT 1")) {
      p.setString(1, where);
      try (ResultSet r = p.executeQuery()) {
        if (r.next()) {
          return new double[] {r.getDouble(1), r.getDouble(2)};
        }
      }
    } catch (Exception e) {
      throw new RuntimeException(e);
    }
    System.out.println("  (unknown place " + where + ": Montréal used)");
    return new double[] {45.5019, -73.5674};
  }

  static final String SEARCH =
      """
      WITH q AS (SELECT websearch_to_tsquery('french', ?) || websearch_to_tsquery('english', ?) AS tq,
                        ll_to_earth(?, ?) AS here)
      SELECT d.service_id,
             ts_rank_cd(d.doc, q.tq) / (1 + earth_distance(d.point, q.here) / 10000.0) AS score
      FROM bench.service_doc d, q
      WHERE d.doc @@ q.tq AND earth_box(q.here, ?) @> d.point
      ORDER BY score DESC
      LIMIT 10
      """;

  static List<String> search(Connection c, Judged j, double[] at) throws Exception {
    List<String> ids = new ArrayList<>();
    try (PreparedStatement p = c.prepareStatement(SEARCH)) {
      p.setString(1, j.query());
      p.setString(2, j.query());
      p.setDouble(3, at[0]);
      p.setDouble(4, at[1]);
      p.setDouble(5, RADIUS_KM * 1000);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          if (!ids.contains(r.getString(1))) {
            ids.add(r.getString(1));
          }
        }
      }
    }
    return ids;
  }

  static final Pattern SERVICE_ID = Pattern.compile("\"service_id\"\\s*:\\s*\"([0-9a-f-]{36})\"");

  static List<String> apiIds(HttpClient http, String server, Judged j) throws Exception {
    String body =
        http.send(
                HttpRequest.newBuilder(
                        URI.create(
                            server + "/api/v1/search?q=" + enc(j.query()) + "&where=" + enc(j.where()) + "&lang=" + j.lang()))
                    .build(),
                HttpResponse.BodyHandlers.ofString())
            .body();
    List<String> ids = new ArrayList<>();
    Matcher m = SERVICE_ID.matcher(body);
    while (m.find() && ids.size() < K) {
      if (!ids.contains(m.group(1))) {
        ids.add(m.group(1));
      }
    }
    return ids;
  }

  /** A service's category codes: its terms' codes and their parents' (top category) codes. */
  static Set<String> codes(Connection c, String serviceId) throws Exception {
    Set<String> codes = new HashSet<>();
    try (PreparedStatement p =
        c.prepareStatement(
            """
            SELECT t.code, pt.code FROM directory.attribute a
            JOIN directory.taxonomy_term t ON t.id = a.taxonomy_term_id
            LEFT JOIN directory.taxonomy_term pt ON pt.id = t.parent_id
            WHERE a.link_id = ?::uuid
            """)) {
      p.setString(1, serviceId);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          for (int i = 1; i <= 2; i++) {
            if (r.getString(i) != null) {
              codes.add(r.getString(i));
              int dash = r.getString(i).indexOf('-');
              if (dash > 0) {
                codes.add(r.getString(i).substring(0, dash));
              }
            }
          }
        }
      }
    }
    return codes;
  }

  static double ndcg(Connection c, Judged j, List<String> ids) throws Exception {
    double dcg = 0;
    for (int i = 0; i < Math.min(K, ids.size()); i++) {
      int grade = codes(c, ids.get(i)).stream().mapToInt(code -> j.grades().getOrDefault(code, 0)).max().orElse(0);
      dcg += gain(grade, i);
    }
    int best = j.grades().values().stream().mapToInt(Integer::intValue).max().orElse(0);
    double idcg = 0;
    for (int i = 0; i < K; i++) {
      idcg += gain(best, i);
    }
    return idcg == 0 ? 1 : Math.min(1, dcg / idcg);
  }

  static double gain(int grade, int position) {
    return (Math.pow(2, grade) - 1) / (Math.log(position + 2) / Math.log(2));
  }

  static double percentile(List<Long> sorted, double p) {
    return sorted.isEmpty() ? 0 : sorted.get((int) Math.min(sorted.size() - 1, Math.round(p * (sorted.size() - 1))));
  }

  static List<Judged> judgments(Path file) throws Exception {
    List<Judged> judged = new ArrayList<>();
    for (String line : Files.readAllLines(file)) {
      if (line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] c = line.split("\t");
      Map<String, Integer> grades = new LinkedHashMap<>();
      for (String g : c[3].split(",")) {
        String[] kv = g.split(":");
        grades.put(kv[0].trim(), Integer.parseInt(kv[1].trim()));
      }
      judged.add(new Judged(c[0], c[1], c[2], grades));
    }
    return judged;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
