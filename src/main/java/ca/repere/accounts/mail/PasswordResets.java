package ca.repere.accounts.mail;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.Mailer;
import ca.repere.accounts.account.AccountException;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.account.UserAccount;
import ca.repere.accounts.account.UserAccounts;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * "Forgot your password": an e-mailed link with a random token, valid for a limited time and only
 * once. Only the token's hash is stored, so a copy of the database opens no account. The answer is
 * the same whether the account exists or not.
 */
@Service
public class PasswordResets {

  private final JdbcClient jdbc;
  private final UserAccounts users;
  private final Accounts accounts;
  private final Mailer mailer;
  private final AuditLog audit;
  private final Duration validity;
  private final SecureRandom random = new SecureRandom();

  PasswordResets(
      JdbcClient jdbc,
      UserAccounts users,
      Accounts accounts,
      Mailer mailer,
      AuditLog audit,
      @Value("${repere.accounts.password-reset.validity:1h}") Duration validity) {
    this.jdbc = jdbc;
    this.users = users;
    this.accounts = accounts;
    this.mailer = mailer;
    this.audit = audit;
    this.validity = validity;
  }

  /** E-mails a link to {@code baseUrl}/connexion/nouveau-mot-de-passe if the account exists. */
  @Transactional
  public void request(String email, String baseUrl) {
    Optional<UserAccount> account = users.byEmail(email == null ? "" : email);
    if (account.isEmpty() || !account.get().enabled()) {
      audit.record("anonymous", "password-reset.request", email, "no such enabled account");
      return;
    }
    String token = newToken();
    jdbc.sql(
            "insert into accounts.password_reset_tokens (token_hash, user_id, expires_at)"
                + " values (?, ?, now() + make_interval(secs => ?))")
        .params(hash(token), account.get().id(), validity.toSeconds())
        .update();
    audit.record("anonymous", "password-reset.request", account.get().email(), null);
    mailer.send(
        account.get().email(),
        account.get().lang(),
        "accounts/password-reset",
        Map.of(
            "name",
            account.get().displayName(),
            "link",
            baseUrl + "/connexion/nouveau-mot-de-passe?jeton=" + token));
  }

  /**
   * Invites a new staff member: e-mails a single-use link, valid {@code invitationValidity}, to
   * choose their own password (the one-time password is then never shown to anyone).
   */
  @Transactional
  public void invite(UserAccount account, String baseUrl, String invitedBy) {
    String token = newToken();
    jdbc.sql(
            "insert into accounts.password_reset_tokens (token_hash, user_id, expires_at)"
                + " values (?, ?, now() + make_interval(secs => ?))")
        .params(hash(token), account.id(), INVITATION_VALIDITY.toSeconds())
        .update();
    audit.record("account.invited", account.email(), null);
    mailer.send(
        account.email(),
        account.lang(),
        "accounts/invitation",
        Map.of(
            "name",
            account.displayName(),
            "invitedBy",
            invitedBy,
            "link",
            baseUrl + "/connexion/nouveau-mot-de-passe?jeton=" + token));
  }

  private static final Duration INVITATION_VALIDITY = Duration.ofDays(7);

  public boolean isValid(String token) {
    return owner(token).isPresent();
  }

  /**
   * Sets the new password and uses the token up; a password the policy refuses leaves the token
   * valid.
   *
   * @throws AccountException when the token is not valid or the password is refused
   */
  @Transactional
  public void choosePassword(String token, String newPassword) {
    UUID owner = owner(token).orElseThrow(() -> new AccountException("accounts.reset.invalid"));
    accounts.choosePassword(owner, newPassword);
    jdbc.sql("update accounts.password_reset_tokens set used_at = now() where token_hash = ?")
        .param(hash(token))
        .update();
  }

  private Optional<UUID> owner(String token) {
    if (token == null || token.isBlank()) {
      return Optional.empty();
    }
    return jdbc.sql(
            "select user_id from accounts.password_reset_tokens"
                + " where token_hash = ? and used_at is null and expires_at > now()")
        .param(hash(token))
        .query(UUID.class)
        .optional();
  }

  private String newToken() {
    byte[] bytes = new byte[32];
    random.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256")
                  .digest(token.getBytes(StandardCharsets.US_ASCII)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
