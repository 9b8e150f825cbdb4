package ca.repere.lists.notice;

import ca.repere.lists.SmsSender;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * {@code repere.lists.sms.provider=log}: "sends" by writing the text to the log, with only the last
 * digits of the number (operators try the flow without a provider and without logging a number).
 */
@Component
@ConditionalOnProperty(name = "repere.lists.sms.provider", havingValue = "log")
class LoggingSmsSender implements SmsSender {

  private static final Logger log = LoggerFactory.getLogger(LoggingSmsSender.class);

  @Override
  public String name() {
    return "log";
  }

  @Override
  public boolean send(String phoneNumber, String text) {
    log.info("SMS to …{}:\n{}", lastDigits(phoneNumber), text);
    return true;
  }

  static String lastDigits(String phoneNumber) {
    String digits = phoneNumber.replaceAll("\\D", "");
    return digits.substring(Math.max(0, digits.length() - 2));
  }
}
