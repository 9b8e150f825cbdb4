package ca.repere.contacts;

/** How the contact ended. */
public enum Outcome {
  INFORMED,
  REFERRED,
  UNMET,
  EMERGENCY_TRANSFER,
  INTERRUPTED;

  /** The value stored in the database and used in forms ("informed"). */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The message key of the value's label (contacts bundle). */
  public String messageKey() {
    return "contacts.outcome." + code();
  }

  /** Parses a code; null when blank or unknown. */
  public static Outcome parse(String code) {
    for (Outcome value : values()) {
      if (value.code().equals(code)) {
        return value;
      }
    }
    return null;
  }
}
