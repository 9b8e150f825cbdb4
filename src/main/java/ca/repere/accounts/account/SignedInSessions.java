package ca.repere.accounts.account;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The sessions of a person on every node: Spring Session JDBC stores them, indexed by e-mail, in
 * {@code accounts.spring_session}. Deleting the rows ends them everywhere, also from the command
 * line where no web server runs.
 */
@Component
public class SignedInSessions {

  private final JdbcClient jdbc;

  SignedInSessions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** Ends every session of {@code email} except the one whose id is {@code keep} (may be null). */
  public int endAll(String email, String keep) {
    return jdbc.sql(
            "delete from accounts.spring_session where principal_name = ?"
                + " and session_id is distinct from ?")
        .params(email, keep)
        .update();
  }
}
