package ca.repere.accounts.security;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.account.UserAccount;
import ca.repere.accounts.account.UserAccounts;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Checks an e-mail and password. Success only starts a login (authority {@value
 * #LOGIN_IN_PROGRESS}): {@link LoginFlow} then asks for the second factor or a new password before
 * granting the roles. Repeated failures lock the account for a while, and too many failures from
 * one address refuse that address for a while ({@link LoginThrottle}).
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class PasswordLogin implements AuthenticationProvider {

  static final String LOGIN_IN_PROGRESS = "LOGIN_IN_PROGRESS";

  private final UserAccounts users;
  private final PasswordEncoder passwords;
  private final AuditLog audit;
  private final LoginThrottle throttle;
  private final int maxFailures;
  private final Duration lockFor;

  /**
   * A hash to check an unknown user's password against, so that their attempt takes as long as a
   * known user's. Made on another thread: an Argon2 hash by a JVM that has only started costs about
   * a second, which the start (and the return after a crash) need not wait for.
   */
  private final CompletableFuture<String> unknownUserHash;

  PasswordLogin(
      UserAccounts users,
      PasswordEncoder passwords,
      AuditLog audit,
      LoginThrottle throttle,
      @Value("${repere.accounts.lockout.max-failures:5}") int maxFailures,
      @Value("${repere.accounts.lockout.duration:15m}") Duration lockFor) {
    this.users = users;
    this.passwords = passwords;
    this.audit = audit;
    this.throttle = throttle;
    this.maxFailures = maxFailures;
    this.lockFor = lockFor;
    this.unknownUserHash =
        CompletableFuture.supplyAsync(
            () -> passwords.encode("an unknown user takes as long as a known one"));
  }

  @Override
  public Authentication authenticate(Authentication attempt) {
    String email = attempt.getName() == null ? "" : attempt.getName().trim();
    String password = String.valueOf(attempt.getCredentials());
    if (attempt.getDetails() instanceof WebAuthenticationDetails details
        && throttle.refuses(details.getRemoteAddress())) {
      audit.record(email, "login.throttled", email, null);
      throw new TooManySignInsException();
    }
    users.resetFailuresIfLockExpired(email);
    Optional<UserAccount> found = users.byEmail(email);
    if (found.isEmpty()) {
      passwords.matches(password, unknownUserHash.join());
      audit.record(email, "login.failure", email, "unknown account");
      throw new BadCredentialsException("unknown account");
    }
    UserAccount account = found.get();
    if (account.lockedAt(Instant.now())) {
      audit.record(email, "login.locked", email, null);
      throw new LockedException("locked");
    }
    if (!passwords.matches(password, account.passwordHash()) || !account.enabled()) {
      countFailure(account);
      throw new BadCredentialsException("bad credentials");
    }
    return UsernamePasswordAuthenticationToken.authenticated(
        account.asCurrentUser(), null, List.of(new SimpleGrantedAuthority(LOGIN_IN_PROGRESS)));
  }

  /** A wrong password or second-factor code counts towards the lockout. */
  void countFailure(UserAccount account) {
    users.recordFailure(account.email(), maxFailures, lockFor);
    audit.record(
        account.email(),
        "login.failure",
        account.email(),
        account.enabled() ? "wrong password or code" : "disabled account");
  }

  /**
   * Too many failed sign-ins from the client's address: refused without looking at the password.
   */
  static final class TooManySignInsException extends AuthenticationException {
    TooManySignInsException() {
      super("too many failed sign-ins from this address");
    }
  }

  @Override
  public boolean supports(Class<?> authentication) {
    return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
  }
}
