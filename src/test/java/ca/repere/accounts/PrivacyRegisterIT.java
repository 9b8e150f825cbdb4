package ca.repere.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.web.util.HtmlUtils;

/** The Law 25 register: requests with their 30-day deadline, incidents, all-or-nothing forms. */
@RepereApplicationTest
class PrivacyRegisterIT {

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired JdbcClient jdbc;
  AccountsFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new AccountsFixtures(accounts, secondFactor);
  }

  @Test
  void anAdministratorRecordsARequestWhoseAnswerIsDueInThirtyDaysAndClosesIt() {
    StaffClient admin = fixtures.signIn(fixtures.staff(Role.ADMINISTRATOR), port);
    String requester = "Demandeur " + UUID.randomUUID();
    LocalDate received = LocalDate.now().minusDays(40);

    HttpResponse<String> saved =
        admin.post(
            "/admin/confidentialite/demandes",
            "kind",
            "access",
            "requester",
            requester,
            "receivedOn",
            received.toString(),
            "notes",
            "Copie de son dossier");
    assertThat(saved.statusCode()).isEqualTo(302);

    String page = HtmlUtils.htmlUnescape(admin.get("/admin/confidentialite").body());
    assertThat(page).contains(requester, received.plusDays(30).toString(), "en retard");
    UUID id =
        jdbc.sql("SELECT id FROM accounts.privacy_request WHERE requester = ?")
            .param(requester)
            .query(UUID.class)
            .single();
    assertThat(
            jdbc.sql("SELECT count(*) FROM accounts.audit_log WHERE subject = ?")
                .param("privacy_request:" + id)
                .query(Long.class)
                .single())
        .isOne();

    admin.post("/admin/confidentialite/demandes/" + id, "outcome", "answered");
    assertThat(
            jdbc.sql("SELECT status FROM accounts.privacy_request WHERE id = ?")
                .param(id)
                .query(String.class)
                .single())
        .isEqualTo("answered");
  }

  @Test
  void aFormWithErrorsSaysWhichFieldsAndSavesNothing() {
    StaffClient admin = fixtures.signIn(fixtures.staff(Role.ADMINISTRATOR), port);
    long before = count("accounts.privacy_incident");

    HttpResponse<String> refused =
        admin.post(
            "/admin/confidentialite/incidents",
            "discoveredOn",
            LocalDate.now().plusDays(3).toString(),
            "occurredOn",
            "pas une date",
            "description",
            "");

    String page = HtmlUtils.htmlUnescape(refused.body());
    assertThat(refused.statusCode()).isEqualTo(200);
    assertThat(page)
        .contains(
            "rien n'a été enregistré",
            "Cette date est dans le futur.",
            "Cette date n'est pas valide",
            "Décrivez l'incident");
    assertThat(count("accounts.privacy_incident")).isEqualTo(before);
  }

  @Test
  void anIncidentWithARiskOfSeriousInjuryShowsWhatRemainsToDo() {
    StaffClient admin = fixtures.signIn(fixtures.staff(Role.ADMINISTRATOR), port);
    String description = "Courriel envoyé au mauvais destinataire " + UUID.randomUUID();

    admin.post(
        "/admin/confidentialite/incidents",
        "discoveredOn",
        LocalDate.now().toString(),
        "description",
        description,
        "seriousRisk",
        "true");

    String page = HtmlUtils.htmlUnescape(admin.get("/admin/confidentialite").body());
    assertThat(page).contains(description, "à faire");
  }

  @Test
  void onlyAdministratorsSeeTheRegister() {
    StaffClient specialist = fixtures.signIn(fixtures.staff(Role.SPECIALIST), port);
    assertThat(specialist.get("/admin/confidentialite").statusCode()).isEqualTo(403);
  }

  private long count(String table) {
    return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
  }
}
