package ca.repere.curation;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A visitor without account, from their own IP address (sent as X-Forwarded-For, as a load balancer
 * does), who takes {@code fillSeconds} to fill a form.
 */
final class PublicClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final String ip;
  private final HttpClient http =
      HttpClient.newBuilder()
          .cookieHandler(new CookieManager())
          .followRedirects(HttpClient.Redirect.NEVER)
          .build();

  /** The three documentation networks (RFC 5737): 762 addresses. */
  private static final String[] NETWORKS = {"198.51.100.", "203.0.113.", "192.0.2."};

  /**
   * The next address, after a random start: no two clients of one run share one (a random pick did,
   * once in a while, with the client that had just used up its address's report limit, and got a
   * 429).
   */
  private static final AtomicInteger NEXT =
      new AtomicInteger(ThreadLocalRandom.current().nextInt(NETWORKS.length * 254));

  PublicClient(int port) {
    this.port = port;
    int n = Math.floorMod(NEXT.getAndIncrement(), NETWORKS.length * 254);
    this.ip = NETWORKS[n / 254] + (n % 254 + 1);
  }

  HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /**
   * Opens {@code page}, then posts {@code fields} with its CSRF token, as filled in {@code
   * seconds}.
   */
  HttpResponse<String> submit(String page, String path, int seconds, String... fields) {
    Matcher token = CSRF.matcher(get(page).body());
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      form.put(fields[i], fields[i + 1]);
    }
    form.putIfAbsent("form_started", Long.toString(System.currentTimeMillis() - seconds * 1000L));
    if (token.find()) {
      form.put("_csrf", token.group(1));
    }
    String body =
        form.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      return http.send(
          request.header("X-Forwarded-For", ip).build(), HttpResponse.BodyHandlers.ofString());
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
