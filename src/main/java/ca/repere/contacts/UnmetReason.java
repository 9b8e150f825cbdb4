package ca.repere.contacts;

/** Why a need could not be met. */
public enum UnmetReason {
  NO_SERVICE,
  WAITING_LIST,
  NOT_ELIGIBLE,
  TOO_FAR,
  COST,
  LANGUAGE,
  CLOSED,
  OTHER;

  /** The value stored in the database and used in forms ("no_service"). */
  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  /** The message key of the value's label (contacts bundle). */
  public String messageKey() {
    return "contacts.unmetReason." + code();
  }

  /** Parses a code; null when blank or unknown. */
  public static UnmetReason parse(String code) {
    for (UnmetReason value : values()) {
      if (value.code().equals(code)) {
        return value;
      }
    }
    return null;
  }
}
