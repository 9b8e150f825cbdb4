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
 * <p>Then {@code clients} JDBC clients run the mix closed-loop for {@code seconds}, in one of two
 * modes:
 *
 * <ul>
 *   <li>{@code top10} (default): full-text match (French or English {@code websearch_to_tsquery},
 *       so every word must match) inside a {@code radius} km earth box around the place, ranked by
 *       {@code ts_rank_cd} with a distance decay, top 10. No filter, no count, no facet: the least
 *       a search page needs, and it answers nothing when one word of the query is missing from a
 *       description (two thirds of the judged mix).
 *   <li>{@code answer}: what the API answers, as PostgreSQL would compute it. Any word may match
 *       (the words joined by {@code or}; more matching words rank higher), the HTTP mix's filters
 *       are applied ({@code free}, {@code language}; {@code open_now} is not, which flatters the
 *       baseline), and besides the top 10 the same statement returns the total and the facet
 *       counts (categories, languages, free) over all the matches, from columns precomputed in the
 *       helper table. Services without a location, coverage and typos are still left to the API.
 * </ul>
 *
 * <p>With a server URL, it also computes NDCG@10 on the judged set for the baseline and for the
 * Repère API with the same gain and the same ideal (ten results of the best grade), so the two are
 * comparable (the ideal differs from SearchRelevanceIT's, which looks for what exists near the
 * place).
 *
 * <p>Run: {@code java -cp postgresql.jar bench/search/PgBaseline.java jdbc:postgresql://localhost:PORT/postgres
 * 50 30 [http://localhost:8097] [--mode answer]} (user postgres, no password).
 */
public class PgBaseline {

  static final int K = 10;
  static final double RADIUS_KM = 50;

  /** The HTTP mix's filters, in SearchBench's order: query i gets FILTERS[i % 6]. */
  static final String[] FILTERS = {"", "open_now", "", "free", "", "language=en"};

  record Judged(
      String query, String where, String lang, Map<String, Integer> grades, String filter) {}

  static boolean answerMode;

  public static void main(String[] args) throws Exception {
    List<String> positional = new ArrayList<>();
    for (int a = 0; a < args.length; a++) {
      if (args[a].equals("--mode") && a + 1 < args.length) {
        answerMode = args[++a].equals("answer");
      } else {
        positional.add(args[a]);
      }
    }
    String url = positional.get(0);
    int clients = positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 50;
    int seconds = positional.size() > 2 ? Integer.parseInt(positional.get(2)) : 30;
    String server = positional.size() > 3 ? positional.get(3) : null;
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
        "PostgreSQL baseline (%s), %d JDBC clients, %d s: %d searches, %.1f searches/s, errors %d%n",
        answerMode ? "answer: any word, filters, total and facets" : "top10: every word, top 10 only",
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
        // relevance without the mix's filters, as the API's below
        List<String> ids = search(c, new Judged(j.query(), j.where(), j.lang(), j.grades(), ""), places.get(j.where()));
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
      try (ResultSet r =
          s.executeQuery(
              "SELECT count(*) FROM information_schema.columns"
                  + " WHERE table_schema = 'bench' AND table_name = 'service_doc' AND column_name = 'categories'")) {
        r.next();
        if (r.getInt(1) > 0) {
          System.out.println("bench.service_doc exists (drop schema bench to rebuild it)");
          return;
        }
      }
      s.execute("DROP TABLE IF EXISTS bench.service_doc"); // of an older version, without facets
      long t = System.nanoTime();
      s.execute(
          """
          CREATE TABLE bench.service_doc AS
          SELECT s.id AS service_id, l.latitude, l.longitude,
                 ll_to_earth(l.latitude, l.longitude) AS point,
                 setweight(to_tsvector('french', coalesce(s.name_fr, '')), 'A')
                 || setweight(to_tsvector('english', coalesce(s.name_en, '')), 'A')
                 || setweight(to_tsvector('french', coalesce(s.description_fr, '')), 'B')
                 || setweight(to_tsvector('english', coalesce(s.description_en, '')), 'B') AS doc,
                 coalesce(cat.codes, '{}') AS categories,
                 ARRAY(SELECT DISTINCT unnest(coalesce(sl.codes, '{}') || coalesce(ll.codes, '{}'))) AS languages,
                 coalesce(cost.free, false) AS free
          FROM directory.service s
          JOIN directory.service_at_location sal ON sal.service_id = s.id
          JOIN directory.location l ON l.id = sal.location_id
          LEFT JOIN (SELECT a.link_id, array_agg(DISTINCT c) AS codes
                     FROM directory.attribute a
                     JOIN directory.taxonomy_term t ON t.id = a.taxonomy_term_id
                     LEFT JOIN directory.taxonomy_term pt ON pt.id = t.parent_id,
                     LATERAL unnest(ARRAY[t.code, pt.code]) c
                     WHERE c IS NOT NULL GROUP BY a.link_id) cat ON cat.link_id = s.id
          LEFT JOIN (SELECT service_id, array_agg(DISTINCT code) AS codes FROM directory.language
                     WHERE service_id IS NOT NULL AND code IS NOT NULL GROUP BY service_id) sl
                 ON sl.service_id = s.id
          LEFT JOIN (SELECT location_id, array_agg(DISTINCT code) AS codes FROM directory.language
                     WHERE location_id IS NOT NULL AND code IS NOT NULL GROUP BY location_id) ll
                 ON ll.location_id = l.id
          LEFT JOIN (SELECT service_id, bool_or(amount = 0) AND NOT bool_or(amount > 0) AS free
                     FROM directory.cost_option GROUP BY service_id) cost ON cost.service_id = s.id
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

  /**
   * The API's answer: any word (more matching words rank higher), the mix's filter, and in the same
   * statement the top 10, the total and the facet counts over every match.
   */
  static final String ANSWER =
      """
      WITH q AS (SELECT websearch_to_tsquery('french', ?) || websearch_to_tsquery('english', ?) AS tq,
                        ll_to_earth(?, ?) AS here),
      m AS MATERIALIZED (
        SELECT d.service_id, d.categories, d.languages, d.free,
               ts_rank_cd(d.doc, q.tq) / (1 + earth_distance(d.point, q.here) / 10000.0) AS score
        FROM bench.service_doc d, q
        WHERE d.doc @@ q.tq AND earth_box(q.here, ?) @> d.point
          AND (NOT ? OR d.free) AND (?::text IS NULL OR ?::text = ANY (d.languages)))
      (SELECT 'hit' AS kind, service_id::text AS key, score AS n FROM m ORDER BY score DESC LIMIT 10)
      UNION ALL SELECT 'total', NULL, count(*) FROM m
      UNION ALL SELECT 'category', c, count(*) FROM m, unnest(m.categories) c GROUP BY c
      UNION ALL SELECT 'language', g, count(*) FROM m, unnest(m.languages) g GROUP BY g
      UNION ALL SELECT 'free', NULL, count(*) FILTER (WHERE free) FROM m
      """;

  static List<String> search(Connection c, Judged j, double[] at) throws Exception {
    return answerMode ? answer(c, j, at) : top10(c, j, at);
  }

  static List<String> answer(Connection c, Judged j, double[] at) throws Exception {
    String anyWord = String.join(" or ", j.query().split("[^\\p{L}\\p{N}]+"));
    String language = j.filter().startsWith("language=") ? j.filter().substring(9) : null;
    Map<String, Double> hits = new LinkedHashMap<>();
    try (PreparedStatement p = c.prepareStatement(ANSWER)) {
      p.setString(1, anyWord);
      p.setString(2, anyWord);
      p.setDouble(3, at[0]);
      p.setDouble(4, at[1]);
      p.setDouble(5, RADIUS_KM * 1000);
      p.setBoolean(6, j.filter().equals("free"));
      p.setString(7, language);
      p.setString(8, language);
      try (ResultSet r = p.executeQuery()) {
        while (r.next()) {
          if (r.getString(1).equals("hit")) {
            hits.merge(r.getString(2), r.getDouble(3), Math::max);
          }
        }
      }
    }
    List<String> ids = new ArrayList<>(hits.keySet());
    ids.sort((a, b) -> Double.compare(hits.get(b), hits.get(a)));
    return ids;
  }

  static List<String> top10(Connection c, Judged j, double[] at) throws Exception {
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
      judged.add(new Judged(c[0], c[1], c[2], grades, FILTERS[judged.size() % FILTERS.length]));
    }
    return judged;
  }

  static String enc(String s) {
    return URLEncoder.encode(s, StandardCharsets.UTF_8);
  }
}
