package ca.repere.accounts.account;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * No account is ever created silently: with none yet, the server says how to create the first
 * administrator.
 */
@Component
@ConditionalOnWebApplication
class FirstAdministratorHint {

  private static final Logger log = LoggerFactory.getLogger(FirstAdministratorHint.class);

  private final UserAccounts users;

  FirstAdministratorHint(UserAccounts users) {
    this.users = users;
  }

  @EventListener(ApplicationReadyEvent.class)
  void onReady() {
    if (users.count() == 0) {
      log.warn(
          "No staff account yet. Create the first administrator with: java -jar target/repere.jar"
              + " user create --admin --email <e-mail> --name \"<name>\"");
    }
  }
}
