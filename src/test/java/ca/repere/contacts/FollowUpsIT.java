package ca.repere.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.contacts.internal.FollowUpReminders;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.shared.Lang;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Follow-ups: the "my follow-ups" page, recording what came of one, and the daily e-mail reminder
 * (a real SMTP server, GreenMail, on the port of the shared test configuration).
 */
@RepereApplicationTest
@RecordApplicationEvents
class FollowUpsIT {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @Autowired ContactRecords records;
  @Autowired FollowUpReminders reminders;
  @Autowired RepereTaxonomy taxonomy;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired ApplicationEvents events;
  @Autowired JdbcClient jdbc;
  @LocalServerPort int port;

  LocalDate today = LocalDate.now(ZoneId.of("America/Toronto"));
  String need;
  AccountsFixtures fixtures;

  @BeforeEach
  void codes() {
    need =
        taxonomy.categories().stream()
            .filter(c -> !c.isTop())
            .map(RepereCategory::code)
            .findFirst()
            .orElseThrow();
    fixtures = new AccountsFixtures(accounts, secondFactor);
  }

  @Test
  void myFollowUpsListOverdueAndTodayFirstWithThoseAssignedToMe() {
    AccountsFixtures.Staff staff = fixtures.staff(Role.SPECIALIST);
    CurrentUser me = asUser(staff);
    CurrentUser colleague = user(Role.SPECIALIST);
    UUID later = records.record(call(today.plusDays(3)), me);
    UUID overdue = records.record(call(today.minusDays(2)), me);
    UUID dueToday = records.record(call(today), colleague);
    records.assign(dueToday, me.id(), colleague);
    UUID handedOver = records.record(call(today), me);
    records.assign(handedOver, colleague.id(), me);
    records.record(call(null), me);

    assertThat(records.followUpsOf(me))
        .extracting(FollowUp::contactId)
        .containsExactly(overdue, dueToday, later);
    assertThat(records.followUpsOf(colleague)).extracting(FollowUp::contactId).contains(handedOver);

    HttpResponse<String> page = fixtures.signIn(staff, port).get("/staff/contacts/suivis");
    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body).contains("Mes suivis", "En retard", "Aujourd", "À venir");
    assertThat(body.indexOf(overdue.toString()))
        .isLessThan(body.indexOf(dueToday.toString()))
        .isLessThan(body.indexOf(later.toString()));
    assertThat(body).doesNotContain(handedOver.toString(), "Josée");
  }

  @Test
  void anOutcomeClosesTheFollowUpOrSetsTheNextTryAndIsAnnounced() {
    CurrentUser me = user(Role.SPECIALIST);
    UUID id = records.record(call(today), me);

    records.recordFollowUp(id, FollowUpOutcome.NOT_REACHED, today.plusDays(1), me);
    ContactRecord retried = records.read(id, me);
    assertThat(retried.followUpOpen()).isTrue();
    assertThat(retried.followUpOn()).isEqualTo(today.plusDays(1));
    assertThat(retried.followUpOutcome()).isEqualTo(FollowUpOutcome.NOT_REACHED);

    records.recordFollowUp(id, FollowUpOutcome.NEED_MET, null, me);
    ContactRecord done = records.read(id, me);
    assertThat(done.followUpOpen()).isFalse();
    assertThat(done.followUpClosedAt()).isNotNull();
    assertThat(done.followUpOutcome()).isEqualTo(FollowUpOutcome.NEED_MET);
    assertThat(done.revision()).isEqualTo(3);
    assertThat(records.followUpsOf(me)).extracting(FollowUp::contactId).doesNotContain(id);
    assertThat(events.stream(ContactUpdated.class).filter(e -> e.contactId().equals(id)))
        .extracting(ContactUpdated::revision)
        .containsExactly(2, 3);
  }

  @Test
  void aNextTryInThePastIsRefusedAndChangesNothing() {
    AccountsFixtures.Staff staff = fixtures.staff(Role.SPECIALIST);
    CurrentUser me = asUser(staff);
    UUID id = records.record(call(today), me);

    assertThatThrownBy(
            () -> records.recordFollowUp(id, FollowUpOutcome.NOT_REACHED, today.minusDays(1), me))
        .isInstanceOfSatisfying(
            InvalidContactException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("nextOn"));
    StaffClient client = fixtures.signIn(staff, port);
    client.get("/staff/contacts/" + id);
    HttpResponse<String> refused =
        client.post(
            "/staff/contacts/" + id + "/suivi",
            "followUpOutcome",
            "not_reached",
            "nextOn",
            "pas une date");
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body()).contains("pas une date valide");
    ContactRecord unchanged = records.read(id, me);
    assertThat(unchanged.revision()).isEqualTo(1);
    assertThat(unchanged.followUpOutcome()).isNull();

    HttpResponse<String> saved =
        client.post("/staff/contacts/" + id + "/suivi", "followUpOutcome", "reached");
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(client.follow(saved).body()).contains("Personne jointe", "Suivi terminé le");
  }

  @Test
  void theDailyReminderWritesEachSpecialistOnceInTheirLanguage() throws Exception {
    AccountsFixtures.Staff french = fixtures.staff(Role.SPECIALIST);
    String englishEmail = "reminded-" + UUID.randomUUID() + "@test.example";
    UUID englishId =
        accounts
            .create(englishEmail, "Pat", Set.of(Role.SPECIALIST), List.of(), Lang.EN)
            .account()
            .id();
    CurrentUser frenchUser = asUser(french);
    records.record(call(today.minusDays(1)), frenchUser);
    records.record(call(today), frenchUser);
    records.record(call(today.plusDays(1)), frenchUser);
    records.record(
        call(today),
        new CurrentUser(englishId, englishEmail, "Pat", Set.of(Role.SPECIALIST), List.of(), null));

    reminders.remindDue(today);

    MimeMessage toFrench = mailTo(french.email());
    assertThat(toFrench.getSubject()).isEqualTo("Repère 211 : 2 suivi(s) à faire");
    assertThat(toFrench.getContent().toString())
        .contains("dont 1 en retard", "/staff/contacts/suivis")
        .doesNotContain("Josée", "Rappeler");
    assertThat(mailTo(englishEmail).getSubject()).isEqualTo("Repère 211: 1 follow-up(s) to do");

    int before = smtp.getReceivedMessages().length;
    reminders.remindDue(today);
    assertThat(smtp.getReceivedMessages()).hasSize(before);
    assertThat(
            jdbc.sql(
                    "select count(*) from accounts.scheduled_tasks"
                        + " where task_name = 'contacts-follow-up-reminders'")
                .query(Long.class)
                .single())
        .as("the reminder is a job of the shared db-scheduler, run once across nodes")
        .isEqualTo(1);
  }

  private MimeMessage mailTo(String email) {
    assertThat(smtp.waitForIncomingEmail(10_000, 2)).isTrue();
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipient(m).equals(email))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no mail to " + email));
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (MessagingException e) {
      throw new IllegalStateException(e);
    }
  }

  private NewContact call(LocalDate followUpOn) {
    return ContactsFixtures.phoneCall(
        "",
        Outcome.REFERRED,
        List.of(new NeedAnswer(need, null)),
        List.of(),
        followUpOn,
        followUpOn == null ? null : "Josée 418-555-0101");
  }

  private static CurrentUser asUser(AccountsFixtures.Staff staff) {
    return new CurrentUser(
        staff.id(), staff.email(), "Test", Set.of(Role.SPECIALIST), List.of(), null);
  }

  private static CurrentUser user(Role role) {
    return ContactsFixtures.user(role);
  }
}
