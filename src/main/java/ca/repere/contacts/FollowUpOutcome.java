package ca.repere.contacts;

/** What came of calling a person back. */
public enum FollowUpOutcome {
  REACHED,
  NOT_REACHED,
  NEED_MET,
  STILL_UNMET;

  /** The value stored in the database and used in forms ("not_reached"). */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The message key of the value's label (contacts bundle). */
  public String messageKey() {
    return "contacts.followUpOutcome." + code();
  }

  /** Parses a code; null when blank or unknown. */
  public static FollowUpOutcome parse(String code) {
    for (FollowUpOutcome value : values()) {
      if (value.code().equals(code)) {
        return value;
      }
    }
    return null;
  }
}
