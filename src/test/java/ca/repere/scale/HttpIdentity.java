package ca.repere.scale;

import java.io.IOException;
import java.net.CookieManager;
import java.net.HttpCookie;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One visitor of the site for the fuzzer: its own cookies (a session, anonymous or signed in), the
 * CSRF token of the last page it read, no redirect followed.
 */
final class HttpIdentity {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  /** Pages driven by scripts (the chat console) carry the token in a data attribute. */
  private static final Pattern DATA_CSRF = Pattern.compile("data-csrf=\"([^\"]+)\"");

  private static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final int port;
  private final HttpClient http;
  private String csrf = "";

  /** The answer, or a negative status when none came (-1: connection failed, -2: timeout). */
  record Answer(int status, String body, String location) {

    boolean sentToLogin() {
      return status == 302 && location != null && location.endsWith("/connexion");
    }

    String excerpt() {
      return FuzzIT.abbreviate(body.replaceAll("\\s+", " "), 400);
    }
  }

  HttpIdentity(int port, String sessionCookie) {
    this.port = port;
    CookieManager cookies = new CookieManager();
    if (sessionCookie != null) {
      HttpCookie cookie = new HttpCookie("REPERE_SESSION", sessionCookie);
      cookie.setPath("/");
      cookie.setVersion(0);
      cookies.getCookieStore().add(URI.create("http://localhost:" + port + "/"), cookie);
    }
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(cookies)
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
  }

  Answer get(String path) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8")
            .GET());
  }

  /** Posts JSON as the pages' scripts do: the CSRF token of the last page read in a header. */
  Answer postJson(String path, String json) {
    return send(
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .header("X-CSRF-TOKEN", csrf)
            .POST(HttpRequest.BodyPublishers.ofString(json)));
  }

  Answer send(FuzzIT.FuzzRequest request, HostileInput input) {
    String query =
        request.query() == null || request.query().isEmpty() ? "" : "?" + request.query();
    HttpRequest.Builder builder;
    try {
      builder = HttpRequest.newBuilder(uri(request.path() + query));
    } catch (IllegalArgumentException e) {
      return new Answer(400, "not a URI the client can send: " + e.getMessage(), null);
    }
    for (Map.Entry<String, String> header : request.headers().entrySet()) {
      try {
        builder.header(header.getKey(), header.getValue());
      } catch (IllegalArgumentException e) {
        // a value the HTTP client refuses to send (control characters): leave the header out
      }
    }
    if (request.body() == null) {
      builder.method(request.method().name(), HttpRequest.BodyPublishers.noBody());
    } else {
      String body = request.body();
      if (request.withCsrf() && request.contentType().startsWith("application/x-www-form")) {
        body = (body.isEmpty() ? "" : body + "&") + "_csrf=" + FuzzIT.encode(csrf);
      }
      builder
          .header("Content-Type", request.contentType())
          .method(request.method().name(), HttpRequest.BodyPublishers.ofString(body));
      if (request.withCsrf() && !request.contentType().startsWith("application/x-www-form")) {
        builder.header("X-CSRF-TOKEN", csrf);
      }
    }
    return send(builder);
  }

  private Answer send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofString());
      for (Pattern pattern : new Pattern[] {CSRF, DATA_CSRF}) {
        Matcher matcher = pattern.matcher(response.body());
        if (matcher.find()) {
          csrf = matcher.group(1);
          break;
        }
      }
      return new Answer(
          response.statusCode(),
          response.body(),
          response.headers().firstValue("Location").orElse(null));
    } catch (HttpTimeoutException e) {
      return new Answer(-2, "no answer within " + TIMEOUT, null);
    } catch (IOException e) {
      return new Answer(-1, "connection failed: " + e, null);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
