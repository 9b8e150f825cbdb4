package ca.repere.accounts;

import ca.repere.shared.Lang;
import java.util.Map;

/**
 * Sends e-mails written from bilingual templates ({@code templates/mail/<name>.txt} read with the
 * messages of the recipient's language). Configured by {@code spring.mail.*}; without a mail host
 * nothing is sent and the log says so.
 */
public interface Mailer {

  /**
   * Sends the template {@code name} to {@code to} in {@code lang}, with {@code variables} for the
   * template. Returns whether the mail server accepted it.
   */
  boolean send(String to, Lang lang, String name, Map<String, Object> variables);
}
