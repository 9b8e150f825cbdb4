package ca.repere.chat.conversation;

/** Where a chat stands: waiting in the queue, with a specialist, or over. */
public enum ChatStatus {
  QUEUED,
  ACTIVE,
  ENDED;

  public String code() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }

  static ChatStatus of(String code) {
    return valueOf(code.toUpperCase(java.util.Locale.ROOT));
  }
}
