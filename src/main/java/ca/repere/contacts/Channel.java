package ca.repere.contacts;

/** How a person reached the service. */
public enum Channel {
  PHONE,
  CHAT,
  EMAIL,
  TEXT,
  WALK_IN;

  /** The value stored in the database and used in forms ("phone"). */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The message key of the value's label (contacts bundle). */
  public String messageKey() {
    return "contacts.channel." + code();
  }

  /** Parses a code; null when blank or unknown. */
  public static Channel parse(String code) {
    for (Channel value : values()) {
      if (value.code().equals(code)) {
        return value;
      }
    }
    return null;
  }
}
