package ca.repere.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The team page: administrators place specialists anywhere, supervisors in their own centre only,
 * and a bad placement changes nothing.
 */
@RepereApplicationTest
class TeamPageIT {

  @Autowired ContactRecords records;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @LocalServerPort int port;

  AccountsFixtures fixtures;
  String centre;

  @BeforeEach
  void fixtures() {
    fixtures = new AccountsFixtures(accounts, secondFactor);
    centre = "Centre " + UUID.randomUUID();
  }

  @Test
  void anAdministratorPlacesASpecialistInAnyCentre() {
    AccountsFixtures.Staff specialist = fixtures.staff(Role.SPECIALIST);
    StaffClient admin = fixtures.signIn(fixtures.staff(Role.ADMINISTRATOR), port);
    admin.get("/staff/equipes");

    HttpResponse<String> placed =
        admin.post(
            "/staff/equipes",
            "member",
            specialist.id().toString(),
            "centre",
            centre,
            "team",
            "soir");

    assertThat(placed.statusCode()).isEqualTo(302);
    assertThat(admin.follow(placed).body()).contains("Placement enregistré", centre, "soir");
    assertThat(placement(specialist.id()))
        .contains(new TeamPlacement(specialist.id(), centre, "soir"));
  }

  @Test
  void aSupervisorPlacesPeopleInTheirOwnCentreOnly() {
    AccountsFixtures.Staff supervisor = fixtures.staff(Role.SUPERVISOR);
    records.placeInTeam(supervisor.id(), centre, "direction");
    AccountsFixtures.Staff specialist = fixtures.staff(Role.SPECIALIST);
    StaffClient client = fixtures.signIn(supervisor, port);
    assertThat(client.get("/staff/equipes").body()).contains("value=\"" + centre + "\"");

    HttpResponse<String> elsewhere =
        client.post(
            "/staff/equipes",
            "member",
            specialist.id().toString(),
            "centre",
            "Un autre centre",
            "team",
            "jour");
    assertThat(elsewhere.statusCode()).isEqualTo(422);
    assertThat(elsewhere.body()).contains("Vous ne placez des personnes que dans votre centre");
    assertThat(placement(specialist.id())).isEmpty();

    HttpResponse<String> noOne =
        client.post("/staff/equipes", "member", "", "centre", centre, "team", "");
    assertThat(noOne.statusCode()).isEqualTo(422);
    assertThat(noOne.body()).contains("Choisissez un spécialiste ou un superviseur", "team-error");

    HttpResponse<String> placed =
        client.post(
            "/staff/equipes",
            "member",
            specialist.id().toString(),
            "centre",
            centre,
            "team",
            "jour");
    assertThat(placed.statusCode()).isEqualTo(302);
    assertThat(placement(specialist.id()))
        .contains(new TeamPlacement(specialist.id(), centre, "jour"));
  }

  @Test
  void specialistsAndCuratorsCannotPlaceAnyone() {
    AccountsFixtures.Staff target = fixtures.staff(Role.SPECIALIST);
    for (Role role : new Role[] {Role.SPECIALIST, Role.CURATOR, Role.ANALYST}) {
      StaffClient client = fixtures.signIn(fixtures.staff(role), port);
      assertThat(client.get("/staff/equipes").statusCode()).as(role.name()).isEqualTo(403);
      client.get("/staff");
      assertThat(
              client
                  .post(
                      "/staff/equipes",
                      "member",
                      target.id().toString(),
                      "centre",
                      centre,
                      "team",
                      "x")
                  .statusCode())
          .isEqualTo(403);
    }
    assertThat(placement(target.id())).isEmpty();
  }

  private Optional<TeamPlacement> placement(UUID user) {
    return records.placements().stream().filter(p -> p.userId().equals(user)).findFirst();
  }
}
