package ca.repere.chat.conversation;

/** Who wrote a message: the citizen, a specialist, or the service itself (joined, transferred…). */
public enum Sender {
  CITIZEN,
  SPECIALIST,
  SYSTEM;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  public static Sender of(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
