package ca.repere.scale;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.scale.Endpoints.Endpoint;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.StringJoiner;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.sessions.JqwikSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Generated input against every route of the application (read from the handler mappings, so a new
 * route is fuzzed without touching this test): public routes as an anonymous visitor, staff and
 * administration routes as a signed-in staff member holding every role. Whatever is sent, the
 * answer is never a server error (5xx).
 *
 * <p>Bounded by time: {@code -Drepere.fuzz.seconds=90} (default), spread evenly over the routes.
 * Replay a run with {@code -Drepere.fuzz.seed=<the seed printed in the failure>}.
 */
@RepereApplicationTest
class FuzzIT {

  private static final Pattern PATH_VARIABLE = Pattern.compile("\\{\\*?([^}:]+)(:[^}]*)?}");
  private static final Pattern FIELD_NAME =
      Pattern.compile("<(?:input|select|textarea|button)[^>]*\\bname=\"([^\"]+)\"");
  private static final Pattern FIELD_VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");
  private static final List<String> ACCEPTS =
      List.of(
          "text/html",
          "text/html",
          "application/json",
          "*/*",
          "image/png",
          "text/html;q=abc",
          "application/xml",
          "text/csv",
          "text/event-stream",
          "garbage");

  /** Rounds over every route, whatever the time budget. */
  private static final int MIN_ROUNDS = 3;

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired JdbcClient jdbc;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  @Test
  void noGeneratedInputMakesAnyRouteAnswerWithAServerError() {
    JqwikSession.start(); // jqwik's generators, outside a jqwik property
    try {
      fuzzEveryRoute();
    } finally {
      JqwikSession.finish();
    }
  }

  private void fuzzEveryRoute() {
    long seed = Long.getLong("repere.fuzz.seed", System.nanoTime());
    Duration budget = Duration.ofSeconds(Long.getLong("repere.fuzz.seconds", 90));
    HostileInput input = new HostileInput(new Random(seed));
    List<Endpoint> endpoints = new ArrayList<>(Endpoints.of(mappings).all());
    // Spring Boot's error dispatch target is reached through the error pages, not directly.
    endpoints.removeIf(e -> e.path().equals("/error"));
    // No route: what every error page goes through.
    endpoints.add(
        new Endpoint(
            RequestMethod.GET,
            "/introuvable/{x}",
            List.of("x"),
            List.of(),
            List.of(),
            List.of(),
            false));
    IdentifierSamples samples = new IdentifierSamples(jdbc);
    AccountsFixtures fixtures = new AccountsFixtures(accounts, secondFactor);
    AccountsFixtures.Staff everyRole = fixtures.staff(Role.values());
    HttpIdentity anonymous = new HttpIdentity(port, null);
    HttpIdentity staff = signIn(fixtures, everyRole);

    Map<String, FormHints> hints = new HashMap<>();
    for (Endpoint endpoint : endpoints) {
      hints.put(
          endpoint.toString(),
          FormHints.read(endpoint.isProtected() ? staff : anonymous, endpoint, samples));
    }

    Map<String, String> failures = new LinkedHashMap<>();
    Map<Endpoint, Integer> tries = new HashMap<>();
    Instant deadline = Instant.now().plus(budget);
    int sent = 0;
    for (int round = 0; round < MIN_ROUNDS || Instant.now().isBefore(deadline); round++) {
      for (Endpoint endpoint : endpoints) {
        if (endpoint.isProtected() && endpoint.path().contains("deconnexion")) {
          continue; // signing out would end the fuzzing session, not test input handling
        }
        HttpIdentity who = endpoint.isProtected() ? staff : anonymous;
        FuzzRequest request =
            FuzzRequest.generate(endpoint, hints.get(endpoint.toString()), samples, input);
        HttpIdentity.Answer answer = who.send(request, input);
        sent++;
        tries.merge(endpoint, 1, Integer::sum);
        if (answer.status() >= 500 || answer.status() < 0) {
          failures.putIfAbsent(
              endpoint + " → " + answer.status(), request.describe() + "\n    " + answer.excerpt());
        }
        if (endpoint.isProtected() && answer.sentToLogin()) {
          staff = signIn(fixtures, everyRole);
        }
        if (input.chance(5)) {
          anonymous = new HttpIdentity(port, null); // a new visitor, with no session
        }
      }
    }

    System.out.printf(
        "FuzzIT: %d requests on %d routes in %s (seed %d)%n", sent, endpoints.size(), budget, seed);
    assertThat(endpoints)
        .as("the routes were read from the handler mappings")
        .anyMatch(e -> e.path().equals("/recherche"))
        .anyMatch(e -> e.path().startsWith("/admin/") && e.changesData());
    StringJoiner report = new StringJoiner("\n", "seed " + seed + ":\n", "");
    failures.forEach((what, example) -> report.add(what + "\n    " + example));
    assertThat(failures).as(report.toString()).isEmpty();
    assertThat(tries.values()).as("every route was tried").allMatch(n -> n >= MIN_ROUNDS);
  }

  private HttpIdentity signIn(AccountsFixtures fixtures, AccountsFixtures.Staff staff) {
    StaffClient client = fixtures.signIn(staff, port);
    HttpIdentity identity = new HttpIdentity(port, client.sessionCookie());
    assertThat(identity.get("/staff").status()).as("signed in").isEqualTo(200);
    return identity;
  }

  /** Real identifiers from the database, by the name of a path variable ({id}, {token}). */
  static final class IdentifierSamples {

    private final JdbcClient jdbc;
    private final Map<String, List<String>> byName = new HashMap<>();

    IdentifierSamples(JdbcClient jdbc) {
      this.jdbc = jdbc;
    }

    List<String> of(String name) {
      return byName.computeIfAbsent(name, this::read);
    }

    private List<String> read(String column) {
      List<String> tables =
          jdbc.sql(
                  """
                  SELECT format('%I.%I', table_schema, table_name) FROM information_schema.columns
                  WHERE column_name = ? AND table_schema NOT IN ('pg_catalog', 'information_schema')
                  ORDER BY 1 LIMIT 40""")
              .param(column)
              .query(String.class)
              .list();
      List<String> values = new ArrayList<>();
      for (String table : tables) {
        values.addAll(
            jdbc.sql("SELECT \"" + column + "\"::text FROM " + table + " LIMIT 3")
                .query(String.class)
                .list());
      }
      return values;
    }
  }

  /** The field names and values that the route's own page offers (its form, its options). */
  record FormHints(List<String> names, List<String> values) {

    static FormHints read(HttpIdentity who, Endpoint endpoint, IdentifierSamples samples) {
      String path = endpoint.path();
      Set<String> names = new LinkedHashSet<>();
      Set<String> values = new LinkedHashSet<>();
      for (String page : List.of(path, path.replaceAll("/[^/]+$", ""))) {
        String concrete = concrete(page, samples);
        if (concrete == null || concrete.isEmpty()) {
          continue;
        }
        String body = who.get(concrete).body();
        Matcher name = FIELD_NAME.matcher(body);
        while (name.find()) {
          if (!name.group(1).equals("_csrf")) {
            names.add(name.group(1));
          }
        }
        Matcher value = FIELD_VALUE.matcher(body);
        while (value.find() && values.size() < 200) {
          values.add(org.springframework.web.util.HtmlUtils.htmlUnescape(value.group(1)));
        }
        if (!names.isEmpty()) {
          break;
        }
      }
      values.removeIf(v -> v.length() > 200);
      return new FormHints(List.copyOf(names), List.copyOf(values));
    }

    private static String concrete(String path, IdentifierSamples samples) {
      Matcher variable = PATH_VARIABLE.matcher(path);
      StringBuilder out = new StringBuilder();
      while (variable.find()) {
        List<String> known = samples.of(variable.group(1));
        if (known.isEmpty()) {
          return null;
        }
        variable.appendReplacement(out, Matcher.quoteReplacement(encode(known.get(0))));
      }
      variable.appendTail(out);
      return out.toString();
    }
  }

  /** One generated request for one route. */
  record FuzzRequest(
      RequestMethod method,
      String path,
      String query,
      String body,
      String contentType,
      Map<String, String> headers,
      boolean withCsrf) {

    static FuzzRequest generate(
        Endpoint endpoint, FormHints hints, IdentifierSamples samples, HostileInput input) {
      // Staff routes that change data get no real identifiers: the fuzzer must not disable or
      // edit the records other tests use.
      boolean realIds = !(endpoint.isProtected() && endpoint.changesData());
      Matcher variable = PATH_VARIABLE.matcher(endpoint.path());
      StringBuilder path = new StringBuilder();
      while (variable.find()) {
        List<String> known = realIds ? samples.of(variable.group(1)) : List.of();
        String value =
            !known.isEmpty() && input.chance(50)
                ? known.get(input.upTo(known.size()))
                : input.next();
        variable.appendReplacement(
            path, Matcher.quoteReplacement(value.isEmpty() ? "x" : encode(value)));
      }
      variable.appendTail(path);

      List<String> pairs = new ArrayList<>();
      Set<String> names = new LinkedHashSet<>(endpoint.parameters());
      names.addAll(hints.names());
      for (String name : names) {
        if (input.chance(75)) {
          int copies = input.chance(15) ? 2 + input.upTo(3) : 1;
          for (int i = 0; i < copies; i++) {
            pairs.add(encode(name) + "=" + encode(input.next(hints.values())));
          }
        }
      }
      for (String name : endpoint.listParameters()) {
        int copies = input.upTo(4);
        for (int i = 0; i < copies; i++) {
          String key = input.chance(20) ? name + "[" + input.index() + "]" : name;
          pairs.add(encode(key) + "=" + encode(input.next(hints.values())));
        }
      }
      if (input.chance(10)) {
        pairs.add("lang=" + encode(input.next()));
      }
      if (input.chance(10)) {
        pairs.add(encode(input.next()) + "=" + encode(input.next()));
      }
      input.shuffle(pairs);

      Map<String, String> headers = new LinkedHashMap<>();
      headers.put("Accept", ACCEPTS.get(input.upTo(ACCEPTS.size())));
      if (input.chance(30)) {
        headers.put("Accept-Language", input.acceptLanguage());
      }
      if (input.chance(10)) {
        // the application trusts a local reverse proxy's forwarded headers
        headers.put("X-Forwarded-For", input.next());
        headers.put("X-Forwarded-Proto", input.chance(50) ? "https" : input.next());
      }
      for (String header : endpoint.headers()) {
        if (input.chance(50)) {
          headers.put(header, header.equals("Accept-Language") ? input.acceptLanguage() : "x");
        }
      }

      String joined = String.join("&", pairs);
      if (!endpoint.changesData()) {
        return new FuzzRequest(
            endpoint.method(), path.toString(), joined, null, null, headers, false);
      }
      String contentType = "application/x-www-form-urlencoded";
      String body = joined;
      if (endpoint.readsBody() && input.chance(70)) {
        contentType = "application/json";
        body =
            input.chance(50) ? "{\"" + input.next() + "\":\"" + input.next() + "\"}" : input.next();
      } else if (input.chance(4)) {
        body = "x=" + encode(input.largeBody());
      } else if (input.chance(4)) {
        contentType = input.chance(50) ? "multipart/form-data; boundary=xyz" : "text/plain";
      }
      return new FuzzRequest(
          endpoint.method(),
          path.toString(),
          input.chance(15) ? joined : "",
          body,
          contentType,
          headers,
          input.chance(95));
    }

    String describe() {
      String uri = path + (query == null || query.isEmpty() ? "" : "?" + query);
      return method
          + " "
          + abbreviate(uri, 400)
          + " "
          + headers
          + (body == null ? "" : " body(" + contentType + ")=" + abbreviate(body, 300));
    }
  }

  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }

  static String abbreviate(String text, int length) {
    return text.length() <= length ? text : text.substring(0, length) + "…(" + text.length() + ")";
  }
}
