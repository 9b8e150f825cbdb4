package ca.repere.accounts;

import java.time.Duration;

/**
 * A personal trace kept no longer than needed. Modules declare their rules as beans; the retention
 * job applies every rule once a day, on one node only, and audits how many rows each erased.
 */
public interface RetentionRule {

  /** A short stable name, e.g. "contacts.follow-up-identities". */
  String name();

  /** How long the trace is kept. */
  Duration keepFor();

  /**
   * Erases or anonymizes what is older than {@code keepFor()}; must be idempotent. Returns the
   * number of rows changed.
   */
  int apply();
}
