package ca.repere.accounts;

import java.time.Instant;
import java.util.List;

/**
 * The append-only record of every change and every read of sensitive data. The database refuses to
 * update or delete its rows.
 */
public interface AuditLog {

  /**
   * Records that {@code actor} (an e-mail, or "system") did {@code action} ("contact.read") on
   * {@code subject} (an id). The client IP of the current request, if any, is recorded too. Details
   * must not hold the sensitive data itself.
   */
  void record(String actor, String action, String subject, String details);

  /** Records an action of the signed-in user (or "anonymous"). */
  void record(String action, String subject, String details);

  /**
   * The latest entries, newest first, optionally only those whose actor or action contains text.
   */
  List<Entry> latest(String filter, int limit);

  record Entry(
      long id,
      Instant at,
      String actor,
      String action,
      String subject,
      String details,
      String ip) {}
}
