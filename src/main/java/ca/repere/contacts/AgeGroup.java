package ca.repere.contacts;

/** The age group of the person the contact is about. */
public enum AgeGroup {
  UNKNOWN,
  UNDER_18,
  FROM_18_TO_29,
  FROM_30_TO_64,
  FROM_65;

  /** The value stored in the database and used in forms ("unknown"). */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The message key of the value's label (contacts bundle). */
  public String messageKey() {
    return "contacts.ageGroup." + code();
  }

  /** Parses a code; null when blank or unknown. */
  public static AgeGroup parse(String code) {
    for (AgeGroup value : values()) {
      if (value.code().equals(code)) {
        return value;
      }
    }
    return null;
  }
}
