package ca.repere.scale;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.directory.CommunityService;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Organization;
import ca.repere.shared.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application nodes against one external PostgreSQL (Debian's, started by bin/test), each with
 * its own search index: a change made on one node is found by a search on the other within 2 s, and
 * a signed-in staff member continues on the other node when theirs stops.
 *
 * <p>A cross-node chat test (citizen on A, specialist on B) belongs here once the chat module
 * exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  private static final Duration SEARCH_PROPAGATION = Duration.ofSeconds(2);

  private ExternalDatabase database;
  private InProcessNode a;
  private InProcessNode b;

  @BeforeAll
  void startTwoNodes() throws Exception {
    database = ExternalDatabase.forNodes();
    database.reset();
    a = InProcessNode.start("a", database);
    b = InProcessNode.start("b", database);
  }

  @AfterAll
  void stopNodes() {
    if (a != null) {
      a.close();
    }
    if (b != null) {
      b.close();
    }
  }

  @Test
  @Order(1)
  void aChangeOnOneNodeIsFoundOnTheOtherWithinTwoSeconds() throws Exception {
    Directory directoryOnA = a.bean(Directory.class);
    String word = uniqueWord();
    Organization organization =
        directoryOnA.save(
            Organization.named(UUID.randomUUID(), LocalizedText.of("Organisme " + word, null)),
            "two-nodes-test");
    UUID serviceId = UUID.randomUUID();
    CommunityService service =
        CommunityService.named(
            serviceId, organization.id(), LocalizedText.of("Dépannage " + word, null));
    directoryOnA.save(CompiledService.of(service, organization), "two-nodes-test");

    Duration created = timeUntilFound(b, word, serviceId);
    assertThat(created).isLessThan(SEARCH_PROPAGATION);

    String renamed = uniqueWord();
    CompiledService current = directoryOnA.service(serviceId).orElseThrow();
    directoryOnA.save(
        current.withService(
            current.service().withDescription(LocalizedText.of("Aussi " + renamed, null))),
        "two-nodes-test");

    Duration edited = timeUntilFound(b, renamed, serviceId);
    assertThat(edited).isLessThan(SEARCH_PROPAGATION);
    System.out.printf("TwoNodesIT: created found on B after %s, edit after %s%n", created, edited);
  }

  @Test
  @Order(2)
  void aStaffSessionContinuesOnTheOtherNodeWhenItsNodeStops() {
    AccountsFixtures fixtures =
        new AccountsFixtures(a.bean(Accounts.class), a.bean(SecondFactor.class));
    AccountsFixtures.Staff curator = fixtures.staff(Role.CURATOR);
    StaffClient onA = fixtures.signIn(curator, a.port());
    assertThat(onA.get("/staff").statusCode()).isEqualTo(200);

    a.close();

    HttpIdentity sameBrowserOnB = new HttpIdentity(b.port(), onA.sessionCookie());
    HttpIdentity.Answer staffHome = sameBrowserOnB.get("/staff");
    assertThat(staffHome.status()).as("signed in on B without a new login").isEqualTo(200);
    assertThat(org.springframework.web.util.HtmlUtils.htmlUnescape(staffHome.body()))
        .contains("Test [CURATOR]");
  }

  /** Polls node's public search API until the service is found; fails after 10 s. */
  private static Duration timeUntilFound(InProcessNode node, String word, UUID serviceId)
      throws InterruptedException {
    HttpIdentity visitor = new HttpIdentity(node.port(), null);
    Instant start = Instant.now();
    while (Duration.between(start, Instant.now()).toSeconds() < 10) {
      HttpIdentity.Answer answer = visitor.get("/api/v1/search?q=" + word);
      if (answer.status() == 200 && answer.body().contains(serviceId.toString())) {
        return Duration.between(start, Instant.now());
      }
      Thread.sleep(50);
    }
    throw new AssertionError("node on port " + node.port() + " never found " + word);
  }

  private static String uniqueWord() {
    StringBuilder word = new StringBuilder("zq");
    java.util.Random random = new java.util.Random();
    for (int i = 0; i < 9; i++) {
      word.append((char) ('a' + random.nextInt(26)));
    }
    return word.toString();
  }
}
