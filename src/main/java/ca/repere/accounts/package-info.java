/**
 * Staff accounts and what protects the people whose data staff read: roles, login with a second
 * factor, sessions shared by every node, the append-only audit log, e-mail, and the retention jobs
 * that Québec's Law 25 requires.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Accounts")
package ca.repere.accounts;
