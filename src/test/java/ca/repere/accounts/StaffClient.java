package ca.repere.accounts;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A browser without a browser: keeps cookies, follows no redirect, and sends back the CSRF token of
 * the last page it read, as a real form would.
 */
public final class StaffClient {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  private final int port;
  private final CookieManager cookies = new CookieManager();
  private final HttpClient http;
  private final String forwardedFor;
  private String csrf;

  public StaffClient(int port) {
    this(port, null);
  }

  /**
   * A client whose requests arrive through a local reverse proxy that forwards the client address
   * {@code forwardedFor} (tests run with {@code server.forward-headers-strategy=native}).
   */
  public StaffClient(int port, String forwardedFor) {
    this.port = port;
    this.forwardedFor = forwardedFor;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .build();
  }

  public HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET().header("Accept", "text/html,*/*;q=0.8"));
  }

  /** Posts a form with the current CSRF token (read from the login page when none is known yet). */
  public HttpResponse<String> post(String path, String... fields) {
    if (csrf == null) {
      get("/connexion");
    }
    Map<String, String> form = new LinkedHashMap<>();
    for (int i = 0; i < fields.length; i += 2) {
      form.put(fields[i], fields[i + 1]);
    }
    form.put("_csrf", csrf);
    return postRaw(path, form);
  }

  /** Posts exactly these fields (no CSRF token added). */
  public HttpResponse<String> postRaw(String path, Map<String, String> form) {
    String body =
        form.entrySet().stream()
            .map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
            .collect(Collectors.joining("&"));
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(body)));
  }

  /** Follows one redirect (relative or absolute Location) with a GET. */
  public HttpResponse<String> follow(HttpResponse<String> redirect) {
    String location = redirect.headers().firstValue("Location").orElseThrow();
    return get(
        URI.create(location).isAbsolute()
            ? URI.create(location).getRawPath()
                + (URI.create(location).getRawQuery() == null
                    ? ""
                    : "?" + URI.create(location).getRawQuery())
            : location);
  }

  public String sessionCookie() {
    return cookies.getCookieStore().getCookies().stream()
        .filter(c -> c.getName().equals("REPERE_SESSION"))
        .map(c -> c.getValue())
        .findFirst()
        .orElse(null);
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Matcher matcher = CSRF.matcher(response.body());
      if (matcher.find()) {
        csrf = matcher.group(1);
      }
      return response;
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }

  private static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
