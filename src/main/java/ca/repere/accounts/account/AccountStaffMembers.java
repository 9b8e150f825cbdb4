package ca.repere.accounts.account;

import ca.repere.accounts.Role;
import ca.repere.accounts.StaffMembers;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Component;

/** {@link StaffMembers} read from the accounts table. */
@Component
class AccountStaffMembers implements StaffMembers {

  private final UserAccounts users;

  AccountStaffMembers(UserAccounts users) {
    this.users = users;
  }

  @Override
  public Optional<StaffMember> find(UUID id) {
    return users.byId(id).map(AccountStaffMembers::member);
  }

  @Override
  public List<StaffMember> withAnyRole(Set<Role> roles) {
    return users.all().stream()
        .filter(UserAccount::enabled)
        .filter(u -> u.roles().stream().anyMatch(roles::contains))
        .map(AccountStaffMembers::member)
        .sorted(Comparator.comparing(StaffMember::displayName, String.CASE_INSENSITIVE_ORDER))
        .toList();
  }

  private static StaffMember member(UserAccount account) {
    return new StaffMember(
        account.id(),
        account.email(),
        account.displayName(),
        account.roles(),
        account.lang(),
        account.enabled());
  }
}
