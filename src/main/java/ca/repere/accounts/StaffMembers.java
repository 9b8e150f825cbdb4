package ca.repere.accounts;

import ca.repere.shared.Lang;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Who the staff members are, for modules that write to them or place them (contacts: follow-up
 * reminders, teams). Never a password or a second-factor secret.
 */
public interface StaffMembers {

  Optional<StaffMember> find(UUID id);

  /** Enabled staff members holding at least one of {@code roles}, by name. */
  List<StaffMember> withAnyRole(Set<Role> roles);

  /**
   * A staff member as other modules may see them; {@code lang} is the language of their e-mails.
   */
  record StaffMember(
      UUID id, String email, String displayName, Set<Role> roles, Lang lang, boolean enabled) {

    public StaffMember {
      roles = Set.copyOf(roles);
    }

    public boolean has(Role role) {
      return roles.contains(role);
    }
  }
}
