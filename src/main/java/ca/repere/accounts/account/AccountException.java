package ca.repere.accounts.account;

/**
 * A request about an account that cannot be done as asked; the message key and arguments name what
 * is wrong in the person's language ({@code messages/accounts*.properties}).
 */
public class AccountException extends RuntimeException {

  private final String messageKey;
  private final transient Object[] arguments;

  public AccountException(String messageKey, Object... arguments) {
    super(messageKey);
    this.messageKey = messageKey;
    this.arguments = arguments;
  }

  public String messageKey() {
    return messageKey;
  }

  public Object[] arguments() {
    return arguments;
  }
}
