package ca.repere.accounts.mail;

import ca.repere.accounts.OrganizationEditors;
import ca.repere.accounts.Role;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.account.UserAccount;
import ca.repere.accounts.account.UserAccounts;
import ca.repere.shared.Lang;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organization editors are invited like any staff member: they choose their own password. */
@Service
class EditorInvitations implements OrganizationEditors {

  private final Accounts accounts;
  private final UserAccounts users;
  private final PasswordResets resets;

  EditorInvitations(Accounts accounts, UserAccounts users, PasswordResets resets) {
    this.accounts = accounts;
    this.users = users;
    this.resets = resets;
  }

  @Override
  @Transactional
  public UUID grant(
      String email,
      String displayName,
      UUID organization,
      Lang lang,
      String baseUrl,
      String grantedBy) {
    UUID id =
        users
            .byEmail(email)
            .map(UserAccount::id)
            .orElseGet(
                () ->
                    accounts
                        .create(
                            email, displayName, Set.of(Role.ORGANIZATION_EDITOR), List.of(), lang)
                        .account()
                        .id());
    accounts.makeOrganizationEditor(id, organization);
    if (accounts.existing(id).passwordExpired()) {
      resets.invite(accounts.existing(id), baseUrl, grantedBy);
    }
    return id;
  }
}
