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
import ca.repere.geography.Geography;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * Contact records end to end on the real database: what is saved, all-or-nothing validation,
 * need-to-know reads (through the API and by URL), the audit of reads, encryption at rest and the
 * event for insights.
 */
@RepereApplicationTest
@RecordApplicationEvents
class ContactRecordsIT {

  private static final String IDENTITY = "Josée Tremblay-Ouellet 418-555-0199";

  @Autowired ContactRecords records;
  @Autowired RepereTaxonomy taxonomy;
  @Autowired Directory directory;
  @Autowired Geography geography;
  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
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
    needs = ContactsFixtures.needCodes(taxonomy, 3);
    service = directory.serviceIds().get(0);
  }

  @Test
  void savesNeedsReferralsAndUnmetReasonsAndPublishesCodesOnly() {
    UUID id = records.record(call("Montréal"), author);

    ContactRecord saved = records.read(id, author);
    assertThat(saved.municipalityCode())
        .isNotNull()
        .isEqualTo(geography.resolve("Montréal").municipalityCode());
    assertThat(saved.regionCode()).isEqualTo("06");
    assertThat(saved.needs())
        .containsExactlyInAnyOrder(
            new NeedAnswer(needs.get(0), null),
            new NeedAnswer(needs.get(1), null),
            new NeedAnswer(needs.get(2), UnmetReason.WAITING_LIST));
    assertThat(saved.referrals()).containsExactly(new Referral(service, needs.get(0)));
    assertThat(saved.centre()).isEqualTo(centre);
    assertThat(saved.followUpIdentity()).isEqualTo(IDENTITY);
    assertThat(saved.notes()).isEqualTo("Rappeler après 17 h");

    ContactRecorded event =
        events.stream(ContactRecorded.class)
            .filter(e -> e.contactId().equals(id))
            .findFirst()
            .orElseThrow();
    assertThat(event.needCodes()).containsExactlyInAnyOrderElementsOf(needs);
    assertThat(event.unmetNeeds()).containsEntry(needs.get(2), "waiting_list").hasSize(1);
    assertThat(event.referredServiceIds()).containsExactly(service);
    assertThat(event.toString()).doesNotContain("Josée", "Rappeler");
  }

  @Test
  void anUnknownMunicipalityIsAFieldErrorAndNothingIsSaved() {
    long before = count();

    assertThatThrownBy(() -> records.record(call("Zzyzxville-sur-Mer"), author))
        .isInstanceOfSatisfying(
            InvalidContactException.class,
            e ->
                assertThat(e.problems())
                    .singleElement()
                    .satisfies(p -> assertThat(p.field()).isEqualTo("place"))
                    .satisfies(p -> assertThat(p.arguments()).contains("Zzyzxville-sur-Mer")));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void anUnknownServiceOrNeedIsRefusedAsAWhole() {
    long before = count();
    NewContact call = call("");
    NewContact bad =
        new NewContact(
            call.channel(),
            call.startedAt(),
            call.endedAt(),
            call.callerType(),
            call.place(),
            call.language(),
            call.ageGroup(),
            call.outcome(),
            false,
            List.of(new NeedAnswer("NOT-A-NEED", null)),
            List.of(new Referral(UUID.randomUUID(), null)),
            null,
            null,
            null);

    assertThatThrownBy(() -> records.record(bad, author))
        .isInstanceOfSatisfying(
            InvalidContactException.class,
            e ->
                assertThat(e.problems())
                    .extracting(InvalidContactException.FieldProblem::field)
                    .containsExactlyInAnyOrder("needs", "referrals"));
    assertThat(count()).isEqualTo(before);
  }

  @Test
  void readersNeedToKnow() {
    UUID id = records.record(call(""), author);
    CurrentUser teammate = user(Role.SPECIALIST);
    records.placeInTeam(teammate.id(), centre, "jour");
    CurrentUser otherTeam = user(Role.SPECIALIST);
    records.placeInTeam(otherTeam.id(), centre, "soir");
    CurrentUser assigned = user(Role.SPECIALIST);
    CurrentUser supervisor = user(Role.SUPERVISOR);
    records.placeInTeam(supervisor.id(), centre, "direction");
    CurrentUser otherCentre = user(Role.SUPERVISOR);
    records.placeInTeam(otherCentre.id(), "centre-" + UUID.randomUUID(), "jour");
    records.assign(id, assigned.id(), author);

    for (CurrentUser reader : List.of(author, teammate, assigned, supervisor)) {
      assertThat(records.read(id, reader).id()).isEqualTo(id);
    }
    for (CurrentUser reader :
        List.of(otherTeam, otherCentre, user(Role.ANALYST), user(Role.ADMINISTRATOR))) {
      assertThatThrownBy(() -> records.read(id, reader))
          .as(reader.roles().toString())
          .isInstanceOf(AccessDeniedException.class);
    }
    assertThatThrownBy(() -> records.record(call(""), user(Role.ANALYST)))
        .isInstanceOf(AccessDeniedException.class);
  }

  @Test
  void everyReadIsAuditedAndARefusalToo() {
    UUID id = records.record(call(""), author);
    CurrentUser analyst = user(Role.ANALYST);

    records.read(id, author);
    assertThatThrownBy(() -> records.read(id, analyst)).isInstanceOf(AccessDeniedException.class);

    assertThat(audit.latest(author.email(), 20))
        .anySatisfy(
            e -> {
              assertThat(e.action()).isEqualTo("contact.read");
              assertThat(e.subject()).isEqualTo(id.toString());
            });
    assertThat(audit.latest(analyst.email(), 20))
        .anySatisfy(e -> assertThat(e.action()).isEqualTo("contact.read-denied"));
  }

  @Test
  void theFollowUpIdentityAndNotesAreNotPlainTextInTheDatabase() {
    UUID id = records.record(call(""), author);

    byte[] identity =
        jdbc.sql("select follow_up_identity from contacts.contact where id = :id")
            .param("id", id)
            .query(byte[].class)
            .single();
    String asText = new String(identity, StandardCharsets.UTF_8);
    assertThat(asText).doesNotContain("Tremblay", "418-555");
    assertThat(
            jdbc.sql(
                    "select count(*) from contacts.contact where id = :id and ("
                        + " position(convert_to('Tremblay', 'UTF8') in follow_up_identity) > 0"
                        + " or position(convert_to('rappeler', 'UTF8') in follow_up_notes) > 0)")
                .param("id", id)
                .query(Long.class)
                .single())
        .isZero();
    assertThat(records.read(id, author).followUpIdentity()).isEqualTo(IDENTITY);
  }

  @Test
  void pagesRefuseOtherRolesAndOtherTeamsEvenWithTheRightUrl() {
    AccountsFixtures fixtures = new AccountsFixtures(accounts, secondFactor);
    AccountsFixtures.Staff writer = fixtures.staff(Role.SPECIALIST);
    records.placeInTeam(writer.id(), centre, "jour");
    StaffClient writerClient = fixtures.signIn(writer, port);
    StaffClient analyst = fixtures.signIn(fixtures.staff(Role.ANALYST), port);
    StaffClient stranger = fixtures.signIn(fixtures.staff(Role.SPECIALIST), port);
    long before = count();

    HttpResponse<String> refused =
        writerClient.post(
            "/staff/contacts/nouveau",
            "channel",
            "phone",
            "started",
            "2026-01-05T10:00",
            "callerType",
            "self",
            "place",
            "Zzyzxville-sur-Mer",
            "language",
            "fr",
            "ageGroup",
            "unknown",
            "outcome",
            "referred",
            "needs",
            needs.get(0));
    assertThat(refused.statusCode()).isEqualTo(422);
    assertThat(refused.body())
        .contains("Lieu inconnu", "Zzyzxville-sur-Mer", "aria-invalid=\"true\"");
    assertThat(count()).isEqualTo(before);

    HttpResponse<String> saved =
        writerClient.post(
            "/staff/contacts/nouveau",
            "channel",
            "phone",
            "started",
            "2026-01-05T10:00",
            "callerType",
            "self",
            "place",
            "Montréal",
            "language",
            "fr",
            "ageGroup",
            "unknown",
            "outcome",
            "referred",
            "needs",
            needs.get(0),
            "followUpIdentity",
            IDENTITY);
    assertThat(saved.statusCode()).isEqualTo(302);
    String location = saved.headers().firstValue("Location").orElseThrow();
    String path =
        location.substring(location.indexOf("/staff/contacts/")).replace("?enregistre", "");

    assertThat(writerClient.get(path).body()).contains(IDENTITY);
    assertThat(writerClient.get("/staff/contacts").body()).contains(path);
    assertThat(analyst.get(path).statusCode()).isEqualTo(403);
    assertThat(analyst.get("/staff/contacts/nouveau").statusCode()).isEqualTo(403);
    assertThat(stranger.get(path).statusCode()).isEqualTo(403);
    assertThat(stranger.get("/staff/contacts").body()).doesNotContain(path);
  }

  private NewContact call(String place) {
    return ContactsFixtures.phoneCall(
        place,
        Outcome.REFERRED,
        List.of(
            new NeedAnswer(needs.get(0), null),
            new NeedAnswer(needs.get(1), null),
            new NeedAnswer(needs.get(2), UnmetReason.WAITING_LIST)),
        List.of(new Referral(service, needs.get(0))),
        LocalDate.now().plusDays(2),
        IDENTITY);
  }

  private static CurrentUser user(Role role) {
    return ContactsFixtures.user(role);
  }

  private long count() {
    return jdbc.sql("select count(*) from contacts.contact").query(Long.class).single();
  }
}
