package ca.repere.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.retention.Retention;
import ca.repere.directory.RepereTaxonomy;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Retention through the accounts module's job: after 90 days (the default), a contact keeps its
 * coded data but loses its follow-up identity and notes; a follow-up closed or planned recently
 * keeps them.
 */
@RepereApplicationTest
class ContactRetentionIT {

  @Autowired ContactRecords records;
  @Autowired Retention retention;
  @Autowired RepereTaxonomy taxonomy;
  @Autowired JdbcClient jdbc;

  CurrentUser author = user();

  @Test
  void personalFieldsOfOldContactsAreErasedAndTheCodedDataKept() {
    UUID old = records.record(call(null), author);
    UUID recent = records.record(call(null), author);
    UUID followedUpLately = records.record(call(LocalDate.now().minusDays(100)), author);
    UUID plannedLately = records.record(call(LocalDate.now().minusDays(10)), author);
    UUID forgotten = records.record(call(LocalDate.now().minusDays(100)), author);
    records.recordFollowUp(followedUpLately, FollowUpOutcome.REACHED, null, author);
    for (UUID id : List.of(old, followedUpLately, plannedLately, forgotten)) {
      age(id, 120);
    }
    ContactRecord before = records.read(old, author);

    assertThat(retention.applyAll()).containsKey("contacts.personal-fields");

    ContactRecord after = records.read(old, author);
    assertThat(after.followUpIdentity()).isNull();
    assertThat(after.notes()).isNull();
    assertThat(after.needs()).isEqualTo(before.needs()).isNotEmpty();
    assertThat(after.municipalityCode()).isEqualTo(before.municipalityCode()).isNotNull();
    assertThat(after.channel()).isEqualTo(before.channel());
    assertThat(records.read(forgotten, author).followUpIdentity()).isNull();
    for (UUID kept : List.of(recent, followedUpLately, plannedLately)) {
      assertThat(records.read(kept, author).followUpIdentity()).as(kept.toString()).isNotNull();
      assertThat(records.read(kept, author).notes()).isNotNull();
    }
    assertThat(
            jdbc.sql(
                    "select count(*) from contacts.contact where id = :id"
                        + " and follow_up_identity is null and follow_up_notes is null"
                        + " and anonymized_at is not null")
                .param("id", old)
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  /** Moves a contact {@code days} days back in time, as if it had been recorded then. */
  private void age(UUID id, int days) {
    jdbc.sql(
            "update contacts.contact set started_at = started_at - make_interval(days => :days),"
                + " ended_at = ended_at - make_interval(days => :days) where id = :id")
        .param("days", days)
        .param("id", id)
        .update();
  }

  private NewContact call(LocalDate followUpOn) {
    String need = ContactsFixtures.needCodes(taxonomy, 1).get(0);
    return ContactsFixtures.phoneCall(
        "Montréal",
        Outcome.UNMET,
        List.of(new NeedAnswer(need, UnmetReason.WAITING_LIST)),
        List.of(),
        followUpOn,
        "Josée 418-555-0101");
  }

  private static CurrentUser user() {
    return ContactsFixtures.user(Role.SPECIALIST);
  }
}
