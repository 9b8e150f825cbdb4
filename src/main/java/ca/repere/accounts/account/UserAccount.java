package ca.repere.accounts.account;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.shared.Lang;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** A staff account as stored. */
public record UserAccount(
    UUID id,
    String email,
    String displayName,
    String passwordHash,
    Set<Role> roles,
    List<String> territory,
    UUID organization,
    Lang lang,
    boolean enabled,
    Instant lockedUntil,
    boolean secondFactorEnrolled,
    boolean passwordExpired,
    Instant createdAt,
    Instant lastLoginAt) {

  public boolean lockedAt(Instant now) {
    return lockedUntil != null && lockedUntil.isAfter(now);
  }

  public boolean requiresSecondFactor() {
    return roles.stream().anyMatch(Role::requiresSecondFactor);
  }

  public CurrentUser asCurrentUser() {
    return new CurrentUser(id, email, displayName, roles, territory, organization);
  }
}
