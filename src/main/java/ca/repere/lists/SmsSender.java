package ca.repere.lists;

/**
 * Sends a text message. Chosen by {@code repere.lists.sms.provider}: {@code none} (the default: no
 * bean, the specialist copies the text), {@code log} (writes the message to the log, for operators
 * to try the flow). A real provider is one more bean implementing this interface.
 */
public interface SmsSender {

  /** The provider's name, shown to the specialist after sending. */
  String name();

  /** Sends {@code text} to {@code phoneNumber}; returns whether the provider accepted it. */
  boolean send(String phoneNumber, String text);
}
