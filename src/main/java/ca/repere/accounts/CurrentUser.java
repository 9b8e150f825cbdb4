package ca.repere.accounts;

import java.io.Serializable;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * The signed-in staff member.
 *
 * @param territory region, MRC or municipality codes an analyst is limited to (empty: no limit)
 * @param organization the organization an organization editor edits, or null
 */
public record CurrentUser(
    UUID id,
    String email,
    String displayName,
    Set<Role> roles,
    List<String> territory,
    UUID organization)
    implements Serializable, java.security.Principal {

  public CurrentUser {
    roles = Set.copyOf(roles);
    territory = List.copyOf(territory);
  }

  /** The e-mail, which is how Spring Session finds a person's sessions. */
  @Override
  public String getName() {
    return email;
  }

  public boolean has(Role role) {
    return roles.contains(role);
  }

  /** Whether this person must prove a second factor at login. */
  public boolean requiresSecondFactor() {
    return roles.stream().anyMatch(Role::requiresSecondFactor);
  }
}
