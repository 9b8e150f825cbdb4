package ca.repere.accounts;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.account.UserAccount;
import ca.repere.accounts.account.UserTask;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import picocli.CommandLine;

@RepereApplicationTest
class UserTaskIT {

  @LocalServerPort int port;
  @Autowired UserTask task;
  @Autowired Accounts accounts;

  private final StringWriter out = new StringWriter();
  private final StringWriter err = new StringWriter();

  private int run(String... args) {
    CommandLine command = new CommandLine(task);
    command.setOut(new PrintWriter(out, true));
    command.setErr(new PrintWriter(err, true));
    return command.execute(args);
  }

  @Test
  void createsTheFirstAdministratorWithAOneTimePasswordThatSignsIn() {
    String email = "admin-" + UUID.randomUUID() + "@test.example";

    int code = run("create", "--admin", "--email", email, "--name", "Première Administratrice");

    assertThat(code).isEqualTo(0);
    Matcher password = Pattern.compile("password.*: (\\S+)").matcher(out.toString());
    assertThat(password.find()).as(out.toString()).isTrue();
    UserAccount created = accounts.existing(email);
    assertThat(created.roles()).containsExactly(Role.ADMINISTRATOR);
    assertThat(created.passwordExpired()).isTrue();

    HttpResponse<String> login =
        new StaffClient(port).post("/connexion", "email", email, "password", password.group(1));
    assertThat(login.headers().firstValue("Location").orElseThrow())
        .as("an administrator enrols a second factor first")
        .endsWith("/connexion/activer-2fa");
  }

  @Test
  void listsDisablesResetsAndSetsRoles() {
    String email = "gestion-" + UUID.randomUUID() + "@test.example";
    run("create", "--email", email, "--name", "Gestion", "--role", "partner");

    assertThat(run("list")).isZero();
    assertThat(out.toString()).contains(email, "PARTNER");
    assertThat(run("set-roles", email, "--role", "analyst,specialist", "--territory", "06,66023"))
        .isZero();
    assertThat(accounts.existing(email).roles())
        .containsExactlyInAnyOrder(Role.ANALYST, Role.SPECIALIST);
    assertThat(accounts.existing(email).territory()).containsExactly("06", "66023");
    assertThat(run("reset-password", email)).isZero();
    assertThat(out.toString()).contains("New one-time password for " + email);
    assertThat(run("disable", email)).isZero();
    assertThat(accounts.existing(email).enabled()).isFalse();
  }

  @Test
  void refusesBadInputWithAClearErrorAndChangesNothing() {
    String email = "erreur-" + UUID.randomUUID() + "@test.example";

    assertThat(run("create", "--email", email, "--name", "X", "--role", "wizard")).isEqualTo(1);
    assertThat(err.toString()).contains("wizard");
    assertThat(run("create", "--email", "pas-un-courriel", "--name", "X", "--admin")).isEqualTo(1);
    assertThat(err.toString()).contains("pas-un-courriel");
    assertThat(run("create", "--email", email, "--name", "X")).isEqualTo(1);
    assertThat(run("disable", "personne@test.example")).isEqualTo(1);
    assertThat(err.toString()).contains("personne@test.example");
    assertThat(accounts.all()).noneMatch(a -> a.email().equals(email));
  }
}
