package ca.repere.site.web;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.web.util.HtmlUtils;

/** Plain HTTP requests to the running site, as a browser without JavaScript makes them. */
final class SiteHttp {

  private final int port;
  private final HttpClient client =
      HttpClient.newBuilder().cookieHandler(new java.net.CookieManager()).build();

  SiteHttp(int port) {
    this.port = port;
  }

  HttpResponse<String> get(String path, String... headers) throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(uri(path));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /**
   * Opens {@code formPage} as a browser would, then posts {@code fields} to {@code path} with the
   * page's CSRF token and cookies.
   */
  HttpResponse<String> submit(String formPage, String path, Map<String, String> fields)
      throws Exception {
    java.util.regex.Matcher token =
        java.util.regex.Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"")
            .matcher(get(formPage).body());
    Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
    // as a person who took ten seconds to fill the form (public forms refuse faster ones)
    withToken.putIfAbsent(SpamGuard.STARTED, Long.toString(System.currentTimeMillis() - 10_000));
    if (token.find()) {
      withToken.put("_csrf", token.group(1));
    }
    return postForm(path, withToken);
  }

  HttpResponse<String> postForm(String path, Map<String, String> fields, String... headers)
      throws Exception {
    String body =
        fields.entrySet().stream()
            .map(e -> e.getKey() + "=" + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
            .collect(Collectors.joining("&"));
    HttpRequest.Builder request =
        HttpRequest.newBuilder(uri(path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .POST(HttpRequest.BodyPublishers.ofString(body));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return client.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  /** The page's text with HTML entities decoded, for assertions on what a person reads. */
  static String text(HttpResponse<String> response) {
    return HtmlUtils.htmlUnescape(response.body());
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
