package ca.repere.contacts;

/** Who is calling: the person themself, a relative, a professional. */
public enum CallerType {
  SELF,
  RELATIVE,
  PROFESSIONAL,
  UNKNOWN;

  /** The value stored in the database and used in forms ("self"). */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The message key of the value's label (contacts bundle). */
  public String messageKey() {
    return "contacts.callerType." + code();
  }

  /** Parses a code; null when blank or unknown. */
  public static CallerType parse(String code) {
    for (CallerType value : values()) {
      if (value.code().equals(code)) {
        return value;
      }
    }
    return null;
  }
}
