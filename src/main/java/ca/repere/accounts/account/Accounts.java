package ca.repere.accounts.account;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.Role;
import ca.repere.shared.Lang;
import java.security.SecureRandom;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creating and managing staff accounts, for the administration pages and the {@code user} task.
 * Every change is audited; a new or reset password is a one-time password that its owner must
 * change at the next login.
 */
@Service
public class Accounts {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final Pattern TERRITORY_CODE = Pattern.compile("^[0-9A-Za-z-]{1,12}$");
  private static final String ONE_TIME_ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789";

  private final UserAccounts users;
  private final PasswordEncoder passwords;
  private final PasswordPolicy policy;
  private final AuditLog audit;
  private final SignedInSessions sessions;
  private final SecureRandom random = new SecureRandom();

  Accounts(
      UserAccounts users,
      PasswordEncoder passwords,
      PasswordPolicy policy,
      AuditLog audit,
      SignedInSessions sessions) {
    this.users = users;
    this.sessions = sessions;
    this.passwords = passwords;
    this.policy = policy;
    this.audit = audit;
  }

  /** A new enabled account; returns it with the one-time password to hand to its owner. */
  @Transactional
  public Created create(
      String email, String displayName, Set<Role> roles, List<String> territory, Lang lang) {
    String cleanEmail = email == null ? "" : email.trim();
    if (!EMAIL.matcher(cleanEmail).matches()) {
      throw new AccountException("accounts.error.email-invalid", cleanEmail);
    }
    if (displayName == null || displayName.isBlank()) {
      throw new AccountException("accounts.error.name-required");
    }
    if (users.byEmail(cleanEmail).isPresent()) {
      throw new AccountException("accounts.error.email-taken", cleanEmail);
    }
    checkRoles(roles, territory);
    String oneTime = oneTimePassword();
    UserAccount account =
        new UserAccount(
            UUID.randomUUID(),
            cleanEmail,
            displayName.trim(),
            passwords.encode(oneTime),
            roles,
            territory,
            null,
            lang,
            true,
            null,
            false,
            true,
            null,
            null);
    users.insert(account);
    audit.record("account.create", cleanEmail, "roles=" + roles + " territory=" + territory);
    return new Created(users.byId(account.id()).orElseThrow(), oneTime);
  }

  /** New roles take effect at the next sign-in: the person's sessions end now. */
  @Transactional
  public void setRoles(UUID id, Set<Role> roles, List<String> territory) {
    UserAccount account = existing(id);
    checkRoles(roles, territory);
    users.updateRoles(id, roles, territory);
    sessions.endAll(account.email(), null);
    audit.record("account.roles", account.email(), "roles=" + roles + " territory=" + territory);
  }

  /**
   * Makes the person an editor of {@code organization} (the role is added to theirs); takes effect
   * at the next sign-in.
   */
  @Transactional
  public void makeOrganizationEditor(UUID id, UUID organization) {
    UserAccount account = existing(id);
    java.util.EnumSet<Role> roles = java.util.EnumSet.of(Role.ORGANIZATION_EDITOR);
    roles.addAll(account.roles());
    users.updateRoles(id, roles, account.territory());
    users.updateOrganization(id, organization);
    sessions.endAll(account.email(), null);
    audit.record("account.organization-editor", account.email(), "organization=" + organization);
  }

  /** A disabled account cannot sign in, and its open sessions end on every node. */
  @Transactional
  public void disable(UUID id) {
    UserAccount account = existing(id);
    users.updateEnabled(id, false);
    sessions.endAll(account.email(), null);
    audit.record("account.disable", account.email(), null);
  }

  @Transactional
  public void enable(UUID id) {
    UserAccount account = existing(id);
    users.updateEnabled(id, true);
    audit.record("account.enable", account.email(), null);
  }

  /** A new one-time password, to be changed at the next login. */
  @Transactional
  public String resetPassword(UUID id) {
    UserAccount account = existing(id);
    String oneTime = oneTimePassword();
    users.updatePassword(id, passwords.encode(oneTime), true);
    audit.record("account.password-reset", account.email(), "by administrator");
    return oneTime;
  }

  /** The owner chooses a new password (after a reset, or from an e-mailed link). */
  @Transactional
  public void choosePassword(UUID id, String newPassword) {
    UserAccount account = existing(id);
    policy.check(newPassword, account.email(), account.displayName());
    users.updatePassword(id, passwords.encode(newPassword), false);
    audit.record(account.email(), "account.password-change", account.email(), null);
  }

  public java.util.Optional<UserAccount> find(UUID id) {
    return users.byId(id);
  }

  public UserAccount existing(UUID id) {
    return users
        .byId(id)
        .orElseThrow(() -> new AccountException("accounts.error.no-such-user", id));
  }

  public UserAccount existing(String email) {
    return users
        .byEmail(email)
        .orElseThrow(() -> new AccountException("accounts.error.no-such-user", email));
  }

  public List<UserAccount> all() {
    return users.all();
  }

  private static void checkRoles(Set<Role> roles, List<String> territory) {
    if (roles.isEmpty()) {
      throw new AccountException("accounts.error.role-required");
    }
    for (String code : territory) {
      if (!TERRITORY_CODE.matcher(code).matches()) {
        throw new AccountException("accounts.error.territory-invalid", code);
      }
    }
  }

  /** 16 characters from 31 (about 79 bits): strong enough to pass the policy, easy to type. */
  private String oneTimePassword() {
    StringBuilder password = new StringBuilder();
    for (int i = 0; i < 16; i++) {
      if (i > 0 && i % 4 == 0) {
        password.append('-');
      }
      password.append(ONE_TIME_ALPHABET.charAt(random.nextInt(ONE_TIME_ALPHABET.length())));
    }
    return password.toString();
  }

  /** A created account and its one-time password, shown once. */
  public record Created(UserAccount account, String oneTimePassword) {}
}
