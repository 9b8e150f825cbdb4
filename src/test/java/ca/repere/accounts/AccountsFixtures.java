package ca.repere.accounts;

import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.shared.Lang;
import dev.samstevens.totp.code.DefaultCodeGenerator;
import dev.samstevens.totp.code.HashingAlgorithm;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Staff accounts for tests, each with a fresh e-mail, and a signed-in client for any of them.
 * Public for the tests of modules with staff pages (contacts).
 */
public class AccountsFixtures {

  public static final String PASSWORD = "une longue phrase de passe pour les tests";
  private static final AtomicInteger SEQUENCE = new AtomicInteger();

  private final Accounts accounts;
  private final SecondFactor secondFactor;

  public AccountsFixtures(Accounts accounts, SecondFactor secondFactor) {
    this.accounts = accounts;
    this.secondFactor = secondFactor;
  }

  /** A staff member with these roles and a chosen password; enrolled in TOTP when required. */
  public Staff staff(Role... roles) {
    Set<Role> set = roles.length == 0 ? EnumSet.noneOf(Role.class) : EnumSet.of(roles[0], roles);
    String email = "staff" + SEQUENCE.incrementAndGet() + "-" + UUID.randomUUID() + "@test.example";
    UUID id = accounts.create(email, "Test " + set, set, List.of(), Lang.FR).account().id();
    accounts.choosePassword(id, PASSWORD);
    String secret = null;
    long step = currentStep();
    if (set.stream().anyMatch(Role::requiresSecondFactor)) {
      secret = secondFactor.start(id, email).secret().replace(" ", "");
      secondFactor.confirm(id, email, code(secret, step));
    }
    return new Staff(id, email, secret, step);
  }

  /** Signs {@code staff} in through the real login pages; returns the client, ready for /staff. */
  public StaffClient signIn(Staff staff, int port) {
    StaffClient client = new StaffClient(port);
    client.get("/connexion");
    HttpResponse<String> afterPassword =
        client.post("/connexion", "email", staff.email(), "password", PASSWORD);
    if (staff.secret() != null) {
      client.follow(afterPassword);
      client.post("/connexion/code", "code", code(staff.secret(), staff.enrolledAtStep() + 1));
    }
    return client;
  }

  public static long currentStep() {
    return System.currentTimeMillis() / 1000 / 30;
  }

  public static String code(String secret, long step) {
    try {
      return new DefaultCodeGenerator(HashingAlgorithm.SHA1, 6).generate(secret, step);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  public record Staff(UUID id, String email, String secret, long enrolledAtStep) {}
}
