import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A person using the site over HTTP: cookies (a session, which lives in PostgreSQL and so
 * survives a crash of the node), the CSRF token of the last page read, no redirect followed.
 */
final class Visitor {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final Pattern TOTP_SECRET =
      Pattern.compile("id=\"totp-secret\"[^>]*>([^<]+)<");

  record Answer(int status, String body, String location) {}

  private final String base;
  private final HttpClient http;
  private String csrf = "";
  private String forwardedFor;

  Visitor(String base) {
    this.base = base;
    this.http =
        HttpClient.newBuilder()
            .cookieHandler(new CookieManager())
            .followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(2))
            .build();
  }

  /**
   * From now on, requests arrive as if through a local reverse proxy forwarding {@code address}
   * (the server trusts X-Forwarded-For from local proxies): many citizens, not one address.
   */
  void from(String address) {
    this.forwardedFor = address;
  }

  Answer get(String path) throws IOException, InterruptedException {
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Accept", "text/html,application/json;q=0.9,*/*;q=0.8"));
  }

  /** Posts a form with the CSRF token of the last page read. */
  Answer post(String path, String... fields) throws IOException, InterruptedException {
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < fields.length; i += 2) {
      pairs.add(encode(fields[i]) + "=" + encode(fields[i + 1]));
    }
    pairs.add("_csrf=" + encode(csrf));
    return send(
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "text/html")
            .POST(HttpRequest.BodyPublishers.ofString(String.join("&", pairs))));
  }

  /** Posts JSON as the pages' scripts do; {@code headers} are name, value pairs. */
  Answer postJson(String path, String json, String... headers)
      throws IOException, InterruptedException {
    HttpRequest.Builder request =
        HttpRequest.newBuilder(URI.create(base + path))
            .header("Content-Type", "application/json")
            .header("Accept", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    for (int i = 0; i < headers.length; i += 2) {
      request.header(headers[i], headers[i + 1]);
    }
    return send(request);
  }

  private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
    if (forwardedFor != null) {
      request.header("X-Forwarded-For", forwardedFor);
    }
    HttpResponse<String> response =
        http.send(
            request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofString());
    Matcher token = CSRF.matcher(response.body());
    if (token.find()) {
      csrf = token.group(1);
    }
    return new Answer(
        response.statusCode(),
        response.body(),
        response.headers().firstValue("Location").map(this::path).orElse(null));
  }

  private String path(String location) {
    URI uri = URI.create(location);
    if (!uri.isAbsolute()) {
      return location;
    }
    return uri.getRawPath() + (uri.getRawQuery() == null ? "" : "?" + uri.getRawQuery());
  }

  /**
   * Signs in with the one-time password of a new account: chooses a password, enrols the second
   * factor when the role needs one, and ends on /staff.
   */
  void signInFirstTime(String email, String oneTimePassword, String newPassword)
      throws IOException, InterruptedException {
    get("/connexion");
    Answer answer = post("/connexion", "email", email, "password", oneTimePassword);
    for (int step = 0; step < 10; step++) {
      String where = answer.location();
      if (answer.status() == 302 && where != null) {
        if (where.startsWith("/staff")) {
          return;
        }
        answer = get(where);
        continue;
      }
      String page = answer.body();
      if (page.contains("name=\"confirmation\"")) {
        answer =
            post("/connexion/mot-de-passe", "password", newPassword, "confirmation", newPassword);
      } else if (TOTP_SECRET.matcher(page).find()) {
        Matcher secret = TOTP_SECRET.matcher(page);
        secret.find();
        answer = post("/connexion/activer-2fa", "code", totp(secret.group(1).replace(" ", "")));
      } else if (page.contains("/connexion/continuer")) {
        answer = post("/connexion/continuer");
      } else {
        throw new IllegalStateException(
            "sign-in stuck at " + answer.status() + ": " + abbreviate(page));
      }
    }
    throw new IllegalStateException("sign-in did not reach /staff");
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  static String abbreviate(String text) {
    String flat = text.replaceAll("\\s+", " ");
    return flat.length() < 300 ? flat : flat.substring(0, 300) + "…";
  }

  /** RFC 6238 code (SHA-1, 30 s, 6 digits) of a base32 secret. */
  static String totp(String base32) {
    try {
      long step = Instant.now().getEpochSecond() / 30;
      byte[] counter = java.nio.ByteBuffer.allocate(8).putLong(step).array();
      Mac mac = Mac.getInstance("HmacSHA1");
      mac.init(new SecretKeySpec(base32Decode(base32), "HmacSHA1"));
      byte[] hash = mac.doFinal(counter);
      int offset = hash[hash.length - 1] & 0xf;
      int binary =
          ((hash[offset] & 0x7f) << 24)
              | ((hash[offset + 1] & 0xff) << 16)
              | ((hash[offset + 2] & 0xff) << 8)
              | (hash[offset + 3] & 0xff);
      return String.format("%06d", binary % 1_000_000);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static byte[] base32Decode(String text) {
    String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
    java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
    int buffer = 0;
    int bits = 0;
    for (char c : text.toUpperCase().replace("=", "").toCharArray()) {
      buffer = (buffer << 5) | alphabet.indexOf(c);
      bits += 5;
      if (bits >= 8) {
        out.write((buffer >> (bits - 8)) & 0xff);
        bits -= 8;
      }
    }
    return out.toByteArray();
  }
}
