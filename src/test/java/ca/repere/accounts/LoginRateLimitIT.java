package ca.repere.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Sign-ins are limited per client address (the one a local reverse proxy forwards), on top of the
 * per-account lockout: credential stuffing across many accounts from one address stops there.
 */
@RepereApplicationTest
class LoginRateLimitIT {

  private static final String ATTACKER = "203.0.113.17";
  private static final String COLLEAGUE = "198.51.100.23";

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired JdbcClient jdbc;

  @Test
  void thirtyFailuresFromOneAddressRefuseItEvenTheRightPasswordButNotOtherAddresses() {
    AccountsFixtures.Staff partner =
        new AccountsFixtures(accounts, secondFactor).staff(Role.PARTNER);
    StaffClient attacker = new StaffClient(port, ATTACKER);
    for (int i = 0; i < 30; i++) {
      HttpResponse<String> guess =
          attacker.post(
              "/connexion", "email", "victim" + i + "@test.example", "password", "123456");
      assertThat(guess.headers().firstValue("Location").orElseThrow())
          .as("attempt %d is an ordinary failure", i + 1)
          .endsWith("/connexion?erreur");
    }

    HttpResponse<String> refused =
        attacker.post(
            "/connexion", "email", partner.email(), "password", AccountsFixtures.PASSWORD);

    assertThat(refused.headers().firstValue("Location").orElseThrow()).endsWith("/connexion?trop");
    assertThat(attacker.get("/connexion?trop").body())
        .contains("Trop de connexions échouées depuis votre réseau");
    assertThat(attacker.get("/connexion?trop&lang=en").body())
        .contains("Too many failed sign-ins from your network");
    assertThat(attacker.get("/staff").statusCode()).as("not signed in").isEqualTo(302);
    assertThat(
            jdbc.sql(
                    "select count(*) from accounts.audit_log"
                        + " where action = 'login.throttled' and ip = :ip")
                .param("ip", ATTACKER)
                .query(Long.class)
                .single())
        .isEqualTo(1);

    StaffClient colleague = new StaffClient(port, COLLEAGUE);
    HttpResponse<String> allowed =
        colleague.post(
            "/connexion", "email", partner.email(), "password", AccountsFixtures.PASSWORD);
    assertThat(allowed.headers().firstValue("Location").orElseThrow())
        .as("the account itself is not locked, and other addresses sign in")
        .endsWith("/staff");
  }
}
