package ca.repere.accounts.account;

import java.util.Map;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/** The sessions of a person on every node (Spring Session JDBC indexes them by e-mail). */
@Component
public class SignedInSessions {

  private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository;

  SignedInSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> repository) {
    this.repository = repository;
  }

  /** Ends every session of {@code email} except {@code keep} (null ends them all). */
  public int endAll(String email, String keep) {
    FindByIndexNameSessionRepository<? extends Session> sessions = repository.getIfAvailable();
    if (sessions == null) {
      return 0;
    }
    Map<String, ? extends Session> found = sessions.findByPrincipalName(email);
    int ended = 0;
    for (String id : found.keySet()) {
      if (!id.equals(keep)) {
        sessions.deleteById(id);
        ended++;
      }
    }
    return ended;
  }
}
