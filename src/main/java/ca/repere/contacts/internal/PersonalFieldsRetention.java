package ca.repere.contacts.internal;

import ca.repere.accounts.RetentionRule;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Erases the follow-up identity and the notes of a contact {@code
 * repere.contacts.retention.personal-days} days (90 by default) after the contact, or after its
 * follow-up when there is one: after the day it was closed, or — for a follow-up never closed —
 * after the day it was planned, so that a forgotten follow-up does not keep a name forever. The
 * coded data stays for analysis. Applied daily by the accounts module's retention job.
 */
@Component
class PersonalFieldsRetention implements RetentionRule {

  private final JdbcClient jdbc;
  private final Duration keepFor;

  PersonalFieldsRetention(
      JdbcClient jdbc, @Value("${repere.contacts.retention.personal-days:90}") int days) {
    if (days < 1) {
      throw new IllegalArgumentException(
          "repere.contacts.retention.personal-days must be at least 1, not " + days);
    }
    this.jdbc = jdbc;
    this.keepFor = Duration.ofDays(days);
  }

  @Override
  public String name() {
    return "contacts.personal-fields";
  }

  @Override
  public Duration keepFor() {
    return keepFor;
  }

  @Override
  public int apply() {
    return jdbc.sql(
            """
            update contacts.contact
            set follow_up_identity = null, follow_up_notes = null, anonymized_at = now()
            where (follow_up_identity is not null or follow_up_notes is not null)
              and greatest(coalesce(ended_at, started_at),
                    coalesce(follow_up_closed_at, follow_up_on::timestamptz))
                  < now() - make_interval(secs => :seconds)
            """)
        .param("seconds", keepFor.toSeconds())
        .update();
  }
}
