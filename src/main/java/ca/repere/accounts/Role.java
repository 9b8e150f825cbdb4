package ca.repere.accounts;

/** What a staff member may do; a person may hold several roles. Citizens need no account. */
public enum Role {
  /** Edits the records of their own organization. */
  ORGANIZATION_EDITOR(false),
  /** Reviews and publishes changes to any directory record. */
  CURATOR(true),
  /** Answers calls and chats; reads their own, assigned and team contact records. */
  SPECIALIST(true),
  /** Supervises specialists; reads their centre's contact records. */
  SUPERVISOR(true),
  /** Reads aggregated insights, limited to a territory. */
  ANALYST(false),
  /** Builds and shares resource lists. */
  PARTNER(false),
  /** Manages accounts and reads the audit log and privacy registers. */
  ADMINISTRATOR(true);

  private final boolean requiresSecondFactor;

  Role(boolean requiresSecondFactor) {
    this.requiresSecondFactor = requiresSecondFactor;
  }

  /** Roles that read contact records or edit others' data must log in with a second factor. */
  public boolean requiresSecondFactor() {
    return requiresSecondFactor;
  }

  /** The Spring Security authority of this role ({@code ROLE_CURATOR}). */
  public String authority() {
    return "ROLE_" + name();
  }

  /** The message key of the role's name ({@code accounts.role.curator}). */
  public String messageKey() {
    return "accounts.role." + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** Parses "curator", "CURATOR" or "organization-editor"; null when unknown. */
  public static Role parse(String text) {
    String name = text.trim().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
    for (Role role : values()) {
      if (role.name().equals(name)) {
        return role;
      }
    }
    return null;
  }
}
