package ca.repere.accounts;

import ca.repere.shared.Lang;
import java.util.UUID;

/** Gives a representative of an organization the right to edit its records (for curation). */
public interface OrganizationEditors {

  /**
   * Makes the person with {@code email} an editor of {@code organization}: an existing account gets
   * the role; otherwise an account is created and its owner is e-mailed a link to choose a password
   * ({@code baseUrl} is the site's address). Returns the account's id.
   */
  UUID grant(
      String email,
      String displayName,
      UUID organization,
      Lang lang,
      String baseUrl,
      String grantedBy);
}
