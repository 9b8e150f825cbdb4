package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.ChangeLog;
import ca.repere.directory.CommunityService;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Organization;
import ca.repere.shared.LocalizedText;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How a node's index follows the directory across a restart and across transactions that commit out
 * of the order they started in: the index applies the change log by sequence ({@code seq >
 * applied}), which is only sound if a sequence number can never become visible before a smaller
 * one. These are the deterministic forms of what bench/crash checks with kill -9.
 */
@RepereApplicationTest
class IndexCatchUpIT {

  /**
   * The change log's append lock (ChangeLog.APPEND_LOCK = 2110_0001: classid 0, objid 21100001).
   */
  private static final String APPEND_LOCK_WAITERS =
      "SELECT count(*) FROM pg_locks WHERE locktype = 'advisory' AND classid = 0"
          + " AND objid = 21100001 AND NOT granted";

  @Autowired Directory directory;
  @Autowired ChangeLog changeLog;
  @Autowired ServiceDocuments documents;
  @Autowired TaxonomyCatalog taxonomy;
  @Autowired ConceptDictionary concepts;
  @Autowired TransactionTemplate transactions;
  @Autowired JdbcTemplate jdbc;

  @TempDir Path dataDir;

  private Organization organization;

  @BeforeEach
  void anOrganization() {
    organization =
        directory.save(
            Organization.named(UUID.randomUUID(), LocalizedText.of("Rattrapage de l'index", null)),
            "catch-up-test");
  }

  @Test
  void editsCommittedWhileTheNodeIsDownAreSearchableWhenItStartsAgain() throws Exception {
    CompiledService first = aService();
    CompiledService second = aService();
    try (SearchIndex node = node()) {
      node.open();
      assertThat(node.sequence()).isEqualTo(changeLog.last());
    }

    // the node is down: curators go on editing on the other node
    String firstWord = describe(first);
    String secondWord = describe(second);
    describe(first); // edited twice: only the last word is searchable
    String lastWord = describe(first);

    try (SearchIndex node = node()) {
      node.open();
      assertThat(node.sequence()).isEqualTo(changeLog.last());
      assertThat(matches(node, lastWord)).isEqualTo(1);
      assertThat(matches(node, secondWord)).isEqualTo(1);
      assertThat(matches(node, firstWord)).isZero();
    }
  }

  @Test
  void aChangeThatCommitsLateIsNeverSkipped() throws Exception {
    CompiledService slow = aService();
    CompiledService fast = aService();
    try (SearchIndex node = node()) {
      node.open();
      String slowWord = uniqueWord();
      String fastWord = uniqueWord();
      CountDownLatch appended = new CountDownLatch(1);
      CountDownLatch commit = new CountDownLatch(1);

      // the slow edit takes its sequence number, then waits before committing
      CompletableFuture<Void> slowEdit =
          CompletableFuture.runAsync(
              () ->
                  transactions.executeWithoutResult(
                      status -> {
                        save(slow, slowWord);
                        appended.countDown();
                        await(commit);
                      }));
      assertThat(appended.await(30, TimeUnit.SECONDS)).isTrue();
      // an edit that starts later cannot take the next number (and commit) before it
      CompletableFuture<Void> fastEdit = CompletableFuture.runAsync(() -> save(fast, fastWord));
      awaitAppendLockWaiters(1);
      assertThat(fastEdit).isNotDone();
      node.catchUp();
      assertThat(matches(node, slowWord)).isZero();
      assertThat(matches(node, fastWord)).isZero();

      commit.countDown();
      slowEdit.get(30, TimeUnit.SECONDS);
      fastEdit.get(30, TimeUnit.SECONDS);
      node.catchUp();

      assertThat(matches(node, slowWord)).isEqualTo(1);
      assertThat(matches(node, fastWord)).isEqualTo(1);
      assertThat(node.sequence()).isEqualTo(changeLog.last());
    }
  }

  @Test
  void aRebuildThatFailsHalfwayAtStartIsDoneAgainFromTheStart() throws Exception {
    int expected;
    try (SearchIndex node = node(Clock.systemUTC())) {
      node.open();
      expected = node.documentCount();
    }
    deleteIndex();
    FailingOnceClock clock = new FailingOnceClock(ZoneOffset.UTC);

    try (SearchIndex node = node(clock)) {
      // fails after the writer has emptied itself, before its first document
      assertThatThrownBy(node::open).hasMessageContaining("fault injected");
      node.open(); // what the change follower does next

      assertThat(node.sequence()).isEqualTo(changeLog.last());
      assertThat(node.documentCount()).isEqualTo(expected);
    }
  }

  private SearchIndex node() {
    return node(Clock.systemUTC());
  }

  private SearchIndex node(Clock clock) {
    return new SearchIndex(
        dataDir.toString(),
        directory,
        changeLog,
        documents,
        taxonomy,
        concepts,
        Optional.of(clock));
  }

  private void deleteIndex() throws java.io.IOException {
    org.springframework.util.FileSystemUtils.deleteRecursively(dataDir.resolve("index"));
  }

  /** A clock whose first reading fails: a fault in the middle of a rebuild (it reads the day). */
  private static final class FailingOnceClock extends Clock {
    private final java.util.concurrent.atomic.AtomicBoolean failed;
    private final ZoneId zone;

    FailingOnceClock(ZoneId zone) {
      this(zone, new java.util.concurrent.atomic.AtomicBoolean());
    }

    private FailingOnceClock(ZoneId zone, java.util.concurrent.atomic.AtomicBoolean failed) {
      this.zone = zone;
      this.failed = failed;
    }

    @Override
    public ZoneId getZone() {
      return zone;
    }

    @Override
    public Clock withZone(ZoneId other) {
      return new FailingOnceClock(other, failed);
    }

    @Override
    public Instant instant() {
      if (failed.compareAndSet(false, true)) {
        throw new IllegalStateException("fault injected");
      }
      return Instant.now();
    }
  }

  private CompiledService aService() {
    return directory.save(
        CompiledService.of(
            CommunityService.named(
                UUID.randomUUID(), organization.id(), LocalizedText.of("Rattrapage", null)),
            organization),
        "catch-up-test");
  }

  /** Gives the service a new description with a word found nowhere else; returns the word. */
  private String describe(CompiledService service) {
    String word = uniqueWord();
    save(service, word);
    return word;
  }

  private void save(CompiledService service, String word) {
    CompiledService current = directory.service(service.service().id()).orElseThrow();
    directory.save(
        current.withService(
            current.service().withDescription(LocalizedText.of("Mis à jour : " + word, null))),
        "catch-up-test");
  }

  private static String uniqueWord() {
    return "zq"
        + UUID.randomUUID().toString().replace("-", "").substring(0, 12).replaceAll("\\d", "x");
  }

  private static int matches(SearchIndex node, String word) {
    return node.withSearcher(s -> s.count(new TermQuery(new Term(Fields.PLAIN, word))));
  }

  private void awaitAppendLockWaiters(int count) throws InterruptedException {
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (jdbc.queryForObject(APPEND_LOCK_WAITERS, Integer.class) < count) {
      assertThat(Instant.now()).as("an append waiting on the change log's lock").isBefore(deadline);
      Thread.sleep(20);
    }
  }

  private static void await(CountDownLatch latch) {
    try {
      assertThat(latch.await(30, TimeUnit.SECONDS)).isTrue();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
