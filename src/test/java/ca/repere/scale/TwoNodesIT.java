package ca.repere.scale;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.chat.conversation.ChatEvents;
import ca.repere.chat.conversation.ChatHours;
import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.Sender;
import ca.repere.directory.ChangeLog;
import ca.repere.directory.CommunityService;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Organization;
import ca.repere.search.engine.SearchIndex;
import ca.repere.shared.LocalizedText;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;

/**
 * Two application nodes against one external PostgreSQL (Debian's, started by bin/test), each with
 * its own search index: a change made on one node is found by a search on the other within 2 s, a
 * citizen whose chat runs on one node talks with a specialist signed in on the other (each message
 * across within 2 s), and a signed-in staff member continues on the other node when theirs stops.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesIT {

  private static final Duration SEARCH_PROPAGATION = Duration.ofSeconds(2);
  private static final Duration CHAT_PROPAGATION = Duration.ofSeconds(2);

  private ExternalDatabase database;
  private InProcessNode a;
  private InProcessNode b;

  @BeforeAll
  void startTwoNodes() throws Exception {
    database = ExternalDatabase.forNodes();
    database.reset();
    a = InProcessNode.start("a", database);
    b = InProcessNode.start("b", database);
    awaitIndexBuilt(a);
    awaitIndexBuilt(b);
  }

  /**
   * A new node builds its index from the directory after it starts, and its first searches are slow
   * (seconds on a loaded machine, before the JIT): the 2 s promise is about a node in service, so
   * the test starts once both are.
   */
  private static void awaitIndexBuilt(InProcessNode node) throws InterruptedException {
    long last = node.bean(ChangeLog.class).last();
    Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
    while (node.bean(SearchIndex.class).sequence() < last) {
      assertThat(Instant.now()).as("index of the node on port " + node.port()).isBefore(deadline);
      Thread.sleep(100);
    }
    HttpIdentity visitor = new HttpIdentity(node.port(), null);
    for (String q : new String[] {"aide", "zqwarmup", "banque alimentaire", "zqwarmupagain"}) {
      assertThat(visitor.get("/api/v1/search?q=" + q.replace(' ', '+')).status()).isEqualTo(200);
    }
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
  void aCitizenOnOneNodeChatsWithASpecialistOnTheOther() throws Exception {
    a.bean(ChatHours.class).replace("MON-SUN 00:00-24:00", false);
    AccountsFixtures fixtures =
        new AccountsFixtures(a.bean(Accounts.class), a.bean(SecondFactor.class));
    StaffClient signedInOnB = fixtures.signIn(fixtures.staff(Role.SPECIALIST), b.port());
    HttpIdentity specialistOnB = new HttpIdentity(b.port(), signedInOnB.sessionCookie());
    assertThat(specialistOnB.get("/staff/clavardage").status()).isEqualTo(200);
    assertThat(
            specialistOnB
                .postJson(
                    "/staff/clavardage/disponibilite",
                    "{\"available\":true,\"maxChats\":3,\"languages\":[\"fr\"],\"regions\":[]}")
                .status())
        .isEqualTo(200);

    try (ChatCitizen citizenOnA = ChatCitizen.start(a.port(), "fr")) {
      UUID chat = citizenOnA.chatId;
      citizenOnA.connect(() -> a.bean(ChatEvents.class).typing(chat, Sender.SYSTEM));
      HttpIdentity.Answer accepted = specialistOnB.postJson("/staff/clavardage/suivant", "{}");
      assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
      assertThat(accepted.body()).contains(chat.toString());
      long seen = a.bean(Chats.class).get(chat).lastSeq();

      // citizen (WebSocket on A) → specialist (long poll on B)
      CompletableFuture<HttpIdentity.Answer> poll =
          CompletableFuture.supplyAsync(
              () -> specialistOnB.get("/api/chat/" + chat + "/events?wait=true&after=" + seen));
      Thread.sleep(300); // the long poll is waiting on B
      assertThat(poll).isNotDone();
      Instant sent = Instant.now();
      citizenOnA.send("Bonjour, je cherche une banque alimentaire", "citizen-1");
      HttpIdentity.Answer received = poll.get(30, TimeUnit.SECONDS);
      Duration toSpecialist = Duration.between(sent, Instant.now());
      assertThat(received.status()).isEqualTo(200);
      assertThat(received.body()).contains("Bonjour, je cherche une banque alimentaire");
      assertThat(toSpecialist).isLessThan(CHAT_PROPAGATION);

      // specialist (HTTP on B) → citizen (WebSocket on A)
      Instant replied = Instant.now();
      HttpIdentity.Answer reply =
          specialistOnB.postJson(
              "/staff/clavardage/chats/" + chat + "/messages",
              "{\"text\":\"Bonjour! Où êtes-vous?\",\"clientId\":\"specialist-1\"}");
      assertThat(reply.status()).as(reply.body()).isEqualTo(201);
      Map<String, Object> onA =
          citizenOnA.awaitMessage(
              m -> "Bonjour! Où êtes-vous?".equals(m.get("text")), CHAT_PROPAGATION);
      Duration toCitizen = Duration.between(replied, Instant.now());
      assertThat(onA).containsEntry("sender", "specialist");
      System.out.printf(
          "TwoNodesIT: chat citizen on A → specialist on B in %s, reply B → A in %s%n",
          toSpecialist, toCitizen);
    }
  }

  @Test
  @Order(3)
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
