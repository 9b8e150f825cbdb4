package ca.repere.accounts.security;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Limits sign-in attempts per client address, in addition to the per-account lockout: an address
 * with {@code max-failures} failed sign-ins (any accounts) within {@code window} is refused until
 * the oldest of them leaves the window. Failures are counted from the audit log, so every node sees
 * the same count.
 *
 * <p>Behind a reverse proxy the client address is only known when forwarded headers are trusted
 * ({@code server.forward-headers-strategy=native}); a loopback address is therefore never limited,
 * otherwise a proxy that does not forward would lock everybody out at once.
 */
@Component
@ConditionalOnWebApplication
class LoginThrottle {

  private final JdbcClient jdbc;
  private final int maxFailures;
  private final Duration window;

  LoginThrottle(
      JdbcClient jdbc,
      @Value("${repere.accounts.login-rate-limit.max-failures:30}") int maxFailures,
      @Value("${repere.accounts.login-rate-limit.window:15m}") Duration window) {
    this.jdbc = jdbc;
    this.maxFailures = maxFailures;
    this.window = window;
  }

  /** Whether sign-in attempts from {@code address} are refused for now. */
  boolean refuses(String address) {
    if (address == null || address.isBlank() || isLoopback(address)) {
      return false;
    }
    long recent =
        jdbc.sql(
                "select count(*) from accounts.audit_log"
                    + " where action = 'login.failure' and ip = :ip and at > :since")
            .param("ip", address)
            .param("since", Timestamp.from(Instant.now().minus(window)))
            .query(Long.class)
            .single();
    return recent >= maxFailures;
  }

  Duration window() {
    return window;
  }

  private static boolean isLoopback(String address) {
    if (!address.matches("[0-9a-fA-F.:]+")) {
      return false; // not an IP literal: never resolve names here
    }
    try {
      return InetAddress.getByName(address).isLoopbackAddress();
    } catch (UnknownHostException e) {
      return false;
    }
  }
}
