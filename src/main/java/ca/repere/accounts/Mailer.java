package ca.repere.accounts;

import ca.repere.shared.Lang;
import java.util.Map;

/**
 * Sends e-mails written from bilingual plain-text templates: {@code mail/<name>.<fr|en>.txt} on the
 * classpath, whose first line is {@code Subject: …} and where {@code ${variable}} is replaced.
 * Configured by {@code spring.mail.*} and {@code repere.mail.from}; without a mail host nothing is
 * sent and the log says so.
 */
public interface Mailer {

  /**
   * Sends the template {@code name} ("accounts/password-reset") to {@code to} in {@code lang}, with
   * {@code variables} for the template. Returns whether the mail server accepted it.
   */
  boolean send(String to, Lang lang, String name, Map<String, Object> variables);
}
