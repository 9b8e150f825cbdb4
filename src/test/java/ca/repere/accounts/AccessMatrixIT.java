package ca.repere.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * Every route of the application, read from Spring MVC's handler mappings (so a new route cannot
 * escape), against every role: staff pages need a role, administration pages the administrator, and
 * public pages stay open to anonymous visitors.
 */
@RepereApplicationTest
class AccessMatrixIT {

  /** Where the rules are: staff pages and the account pages of any role, administration pages. */
  private static final List<String> STAFF_PREFIXES = List.of("/staff", "/compte");

  private static final String ADMIN_PREFIX = "/admin";

  /**
   * Staff pages only some roles reach (need-to-know): contact records; the curators' workspace; an
   * organization editor's space.
   */
  private static final Map<String, Set<Role>> ROLE_PREFIXES =
      Map.of(
          "/staff/contacts",
          Set.of(Role.SPECIALIST, Role.SUPERVISOR),
          "/staff/insights",
          Set.of(Role.ANALYST, Role.SUPERVISOR),
          "/staff/curation",
          Set.of(Role.CURATOR),
          "/staff/organisme",
          Set.of(Role.ORGANIZATION_EDITOR),
          "/staff/clavardage",
          Set.of(Role.SPECIALIST, Role.SUPERVISOR),
          "/staff/clavardage/supervision",
          Set.of(Role.SUPERVISOR),
          "/staff/equipes",
          Set.of(Role.SUPERVISOR, Role.ADMINISTRATOR));

  private static final List<String> ACTUATOR_ADMIN_ONLY =
      List.of("/actuator/prometheus", "/actuator/metrics");

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;

  @Autowired
  @Qualifier("requestMappingHandlerMapping")
  RequestMappingHandlerMapping mappings;

  AccountsFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new AccountsFixtures(accounts, secondFactor);
  }

  @Test
  void anonymousVisitorsAreSentToTheLoginPageFromEveryProtectedRoute() {
    StaffClient anonymous = new StaffClient(port);
    for (Route route : routes()) {
      if (!route.isProtected()) {
        continue;
      }
      HttpResponse<String> response = route.call(anonymous);
      assertThat(response.statusCode()).as(route + " for anonymous").isEqualTo(302);
      assertThat(response.headers().firstValue("Location").orElseThrow())
          .as(route + " for anonymous")
          .endsWith("/connexion");
    }
    for (String path : ACTUATOR_ADMIN_ONLY) {
      assertThat(anonymous.get(path).statusCode()).as(path).isEqualTo(302);
    }
  }

  @Test
  void eachRoleReachesExactlyTheProtectedRoutesOfItsJob() {
    Map<Role, StaffClient> signedIn = new EnumMap<>(Role.class);
    for (Role role : Role.values()) {
      signedIn.put(role, fixtures.signIn(fixtures.staff(role), port));
    }
    List<String> checked = new ArrayList<>();
    for (Route route : routes()) {
      if (!route.isProtected()) {
        continue;
      }
      for (Role role : Role.values()) {
        boolean allowed =
            (!route.path().startsWith(ADMIN_PREFIX) || role == Role.ADMINISTRATOR)
                && ROLE_PREFIXES.entrySet().stream()
                    .filter(e -> route.path().startsWith(e.getKey()))
                    .allMatch(e -> e.getValue().contains(role));
        int status = route.callAs(signedIn.get(role), allowed).statusCode();
        if (allowed) {
          assertThat(status).as(route + " for " + role).isNotIn(302, 401, 403).isLessThan(500);
        } else {
          assertThat(status).as(route + " for " + role).isEqualTo(403);
        }
        checked.add(route + " × " + role);
      }
    }
    for (String path : ACTUATOR_ADMIN_ONLY) {
      assertThat(signedIn.get(Role.ADMINISTRATOR).get(path).statusCode())
          .as(path)
          .isNotIn(302, 401, 403);
      assertThat(signedIn.get(Role.SPECIALIST).get(path).statusCode()).as(path).isEqualTo(403);
    }
    assertThat(checked)
        .as("the matrix found the administration pages")
        .anyMatch(c -> c.startsWith("GET /admin/utilisateurs"));
  }

  @Test
  void publicPagesStayOpenToAnonymousVisitors() {
    StaffClient anonymous = new StaffClient(port);
    List<String> opened = new ArrayList<>();
    for (Route route : routes()) {
      if (route.isProtected()
          || route.method() != RequestMethod.GET
          || route.path().contains("{")) {
        continue;
      }
      HttpResponse<String> response = anonymous.get(route.path());
      assertThat(response.statusCode()).as(route + " for anonymous").isNotIn(401, 403);
      if (!route.path().startsWith("/connexion/")) {
        // the steps of a login send a visitor with no login in progress back to its start
        assertThat(response.headers().firstValue("Location").orElse(""))
            .as(route + " for anonymous")
            .doesNotEndWith("/connexion");
      }
      opened.add(route.path());
    }
    assertThat(opened).contains("/", "/connexion", "/confidentialite");
    assertThat(anonymous.get("/actuator/health").statusCode()).isEqualTo(200);
  }

  @Test
  void aLoginInProgressGrantsNoRoleBeforeTheSecondFactor() {
    AccountsFixtures.Staff administrator = fixtures.staff(Role.ADMINISTRATOR);
    StaffClient client = new StaffClient(port);
    client.post(
        "/connexion", "email", administrator.email(), "password", AccountsFixtures.PASSWORD);

    HttpResponse<String> admin = client.get("/admin/utilisateurs");

    assertThat(admin.statusCode()).isEqualTo(302);
    assertThat(admin.headers().firstValue("Location").orElseThrow()).endsWith("/connexion/code");
  }

  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    for (RequestMappingInfo info : mappings.getHandlerMethods().keySet()) {
      Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
      for (String path : info.getPatternValues()) {
        for (RequestMethod method : methods.isEmpty() ? Set.of(RequestMethod.GET) : methods) {
          routes.add(new Route(method, path));
        }
      }
    }
    return routes;
  }

  record Route(RequestMethod method, String path) {

    boolean isProtected() {
      return path.startsWith(ADMIN_PREFIX + "/")
          || path.equals(ADMIN_PREFIX)
          || STAFF_PREFIXES.stream().anyMatch(p -> path.equals(p) || path.startsWith(p + "/"));
    }

    String concretePath() {
      return path.replaceAll("\\{[^}]+}", UUID.randomUUID().toString());
    }

    HttpResponse<String> call(StaffClient client) {
      return method == RequestMethod.GET ? client.get(concretePath()) : client.post(concretePath());
    }

    /** Allowed roles only read: a POST would change data, so it is tried only where denied. */
    HttpResponse<String> callAs(StaffClient client, boolean allowed) {
      if (method != RequestMethod.GET && allowed) {
        return client.get("/staff");
      }
      return call(client);
    }

    @Override
    public String toString() {
      return method + " " + path;
    }
  }
}
