package ca.repere.chat.conversation;

/**
 * A request the chat refuses, with the message key (chat bundle) that tells the person why and the
 * HTTP status that fits. Nothing was changed.
 */
public class ChatRejected extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;
  private final int status;

  public ChatRejected(int status, String messageKey, Object... arguments) {
    super(messageKey);
    this.status = status;
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments;
  }

  public int status() {
    return status;
  }
}
