package ca.repere.contacts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.directory.Directory;
import ca.repere.directory.RepereTaxonomy;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Editing a saved contact: all or nothing, by whoever needs to know it, audited, refused on a stale
 * copy, and announced to insights with a revision that grows by one per edit.
 */
@RepereApplicationTest
@RecordApplicationEvents
class ContactEditingIT {

  @Autowired ContactRecords records;
  @Autowired RepereTaxonomy taxonomy;
  @Autowired Directory directory;
  @Autowired AuditLog audit;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired ApplicationEvents events;
  @LocalServerPort int port;

  String centre;
  CurrentUser author;
  List<String> needs;
  UUID service;

  @BeforeEach
  void teamAndCodes() {
    centre = "centre-" + UUID.randomUUID();
    author = user(Role.SPECIALIST);
    records.placeInTeam(author.id(), centre, "jour");
    needs = ContactsFixtures.needCodes(taxonomy, 4);
    service = directory.serviceIds().get(0);
  }

  @Test
  void anEditReplacesTheCodedStateAndPublishesTheNextRevision() {
    UUID id = records.record(call(List.of(new NeedAnswer(needs.get(0), null)), "Montréal"), author);
    CurrentUser teammate = user(Role.SPECIALIST);
    records.placeInTeam(teammate.id(), centre, "jour");

    int second =
        records.edit(
            id,
            1,
            call(
                List.of(
                    new NeedAnswer(needs.get(1), null),
                    new NeedAnswer(needs.get(2), UnmetReason.COST)),
                "Québec"),
            teammate);
    int third =
        records.edit(id, second, call(List.of(new NeedAnswer(needs.get(3), null)), ""), author);

    assertThat(second).isEqualTo(2);
    assertThat(third).isEqualTo(3);
    ContactRecord saved = records.read(id, author);
    assertThat(saved.revision()).isEqualTo(3);
    assertThat(saved.needs()).containsExactly(new NeedAnswer(needs.get(3), null));
    assertThat(saved.municipalityCode()).isNull();
    assertThat(saved.specialistId()).isEqualTo(author.id());
    assertThat(saved.centre()).isEqualTo(centre);
    List<ContactUpdated> updates =
        events.stream(ContactUpdated.class).filter(e -> e.contactId().equals(id)).toList();
    assertThat(updates).extracting(ContactUpdated::revision).containsExactly(2, 3);
    assertThat(updates.get(0).needCodes()).containsExactly(needs.get(1), needs.get(2));
    assertThat(updates.get(0).unmetNeeds())
        .containsExactly(java.util.Map.entry(needs.get(2), "cost"));
    assertThat(updates.get(0).municipalityCode()).isNotNull();
    assertThat(updates.get(0).centre()).isEqualTo(centre);
    assertThat(updates.get(1).municipalityCode()).isNull();
    assertThat(updates.toString()).doesNotContain("Rappeler", "Josée");
    assertThat(audit.latest(teammate.email(), 10))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("contact.update");
              assertThat(e.subject()).isEqualTo(id.toString());
            });
  }

  @Test
  void anEditOnAStaleCopyIsRefusedAndChangesNothing() {
    UUID id = records.record(call(List.of(new NeedAnswer(needs.get(0), null)), ""), author);
    records.edit(id, 1, call(List.of(new NeedAnswer(needs.get(1), null)), ""), author);

    assertThatThrownBy(
            () ->
                records.edit(id, 1, call(List.of(new NeedAnswer(needs.get(2), null)), ""), author))
        .isInstanceOfSatisfying(
            InvalidContactException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("revision"));
    ContactRecord saved = records.read(id, author);
    assertThat(saved.revision()).isEqualTo(2);
    assertThat(saved.needs()).containsExactly(new NeedAnswer(needs.get(1), null));
  }

  @Test
  void anInvalidEditChangesNothingAndPublishesNothing() {
    UUID id = records.record(call(List.of(new NeedAnswer(needs.get(0), null)), "Montréal"), author);
    ContactRecord before = records.read(id, author);

    assertThatThrownBy(
            () ->
                records.edit(
                    id,
                    1,
                    call(List.of(new NeedAnswer(needs.get(1), null)), "Zzyzxville-sur-Mer"),
                    author))
        .isInstanceOfSatisfying(
            InvalidContactException.class,
            e -> assertThat(e.problems()).extracting(p -> p.field()).containsExactly("place"));
    assertThat(records.read(id, author)).isEqualTo(before);
    assertThat(events.stream(ContactUpdated.class).filter(e -> e.contactId().equals(id))).isEmpty();
  }

  @Test
  void onlyThoseWhoNeedToKnowMayEdit() {
    UUID id = records.record(call(List.of(new NeedAnswer(needs.get(0), null)), ""), author);
    CurrentUser supervisor = user(Role.SUPERVISOR);
    records.placeInTeam(supervisor.id(), centre, "direction");
    CurrentUser otherTeam = user(Role.SPECIALIST);
    records.placeInTeam(otherTeam.id(), centre, "soir");
    NewContact change = call(List.of(new NeedAnswer(needs.get(1), null)), "");

    assertThat(records.edit(id, 1, change, supervisor)).isEqualTo(2);
    for (CurrentUser intruder :
        List.of(otherTeam, user(Role.ANALYST), user(Role.CURATOR), user(Role.ADMINISTRATOR))) {
      assertThatThrownBy(() -> records.edit(id, 2, change, intruder))
          .as(intruder.roles().toString())
          .isInstanceOf(AccessDeniedException.class);
      assertThat(audit.latest(intruder.email(), 5))
          .anySatisfy(e -> assertThat(e.action()).isEqualTo("contact.update-denied"));
    }
    assertThat(records.read(id, author).revision()).isEqualTo(2);
  }

  @Test
  void theEditPageSavesForTheAuthorAndIsRefusedToOthersEvenWithTheRightUrl() {
    AccountsFixtures fixtures = new AccountsFixtures(accounts, secondFactor);
    AccountsFixtures.Staff writer = fixtures.staff(Role.SPECIALIST);
    records.placeInTeam(writer.id(), centre, "jour");
    AccountsFixtures.Staff otherTeam = fixtures.staff(Role.SPECIALIST);
    records.placeInTeam(otherTeam.id(), centre, "soir");
    CurrentUser writerUser =
        new CurrentUser(writer.id(), writer.email(), "W", Set.of(Role.SPECIALIST), List.of(), null);
    UUID id = records.record(call(List.of(new NeedAnswer(needs.get(0), null)), ""), writerUser);
    String edit = "/staff/contacts/" + id + "/modifier";

    StaffClient writerClient = fixtures.signIn(writer, port);
    HttpResponse<String> page = writerClient.get(edit);
    assertThat(page.statusCode()).isEqualTo(200);
    assertThat(page.body())
        .contains("Modifier le contact", "name=\"revision\" value=\"1\"", "Rappeler après 17 h");
    HttpResponse<String> saved =
        writerClient.post(edit, fields(needs.get(1), "Montréal", "1").toArray(String[]::new));
    assertThat(saved.statusCode()).isEqualTo(302);
    assertThat(saved.headers().firstValue("Location").orElseThrow()).endsWith(id + "?modifie");
    assertThat(writerClient.follow(saved).body()).contains("Changements enregistrés", "Version 2");
    HttpResponse<String> stale =
        writerClient.post(edit, fields(needs.get(2), "", "1").toArray(String[]::new));
    assertThat(stale.statusCode()).isEqualTo(422);
    assertThat(stale.body()).contains("un a modifié ce contact pendant que vous le modifiiez");

    for (AccountsFixtures.Staff intruder :
        List.of(
            otherTeam,
            fixtures.staff(Role.ANALYST),
            fixtures.staff(Role.CURATOR),
            fixtures.staff(Role.ORGANIZATION_EDITOR))) {
      StaffClient client = fixtures.signIn(intruder, port);
      assertThat(client.get("/staff/contacts/" + id).statusCode()).isEqualTo(403);
      assertThat(client.get(edit).statusCode()).isEqualTo(403);
      client.get("/staff");
      assertThat(
              client.post(edit, fields(needs.get(3), "", "2").toArray(String[]::new)).statusCode())
          .isEqualTo(403);
    }
    ContactRecord after = records.read(id, writerUser);
    assertThat(after.revision()).isEqualTo(2);
    assertThat(after.needs()).containsExactly(new NeedAnswer(needs.get(1), null));
  }

  private static List<String> fields(String need, String place, String revision) {
    return List.of(
        "revision", revision,
        "channel", "phone",
        "started", "2026-01-05T10:00",
        "ended", "2026-01-05T10:07",
        "callerType", "self",
        "place", place,
        "language", "fr",
        "ageGroup", "unknown",
        "outcome", "referred",
        "needs", need);
  }

  private static CurrentUser user(Role role) {
    return ContactsFixtures.user(role);
  }

  private NewContact call(List<NeedAnswer> answers, String place) {
    return ContactsFixtures.phoneCall(
        place, Outcome.REFERRED, answers, List.of(new Referral(service, null)), null, "Josée");
  }
}
