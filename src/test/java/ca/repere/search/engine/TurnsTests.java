package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.search.Search;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** With one turn, a second task waits for the first to end before it runs. */
class TurnsTests {

  @Test
  void aTaskWaitsWhileTheOnlyTurnIsTaken() throws Exception {
    Turns turns = new Turns(1);
    CountDownLatch firstRunning = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    AtomicInteger runningAtOnce = new AtomicInteger();
    AtomicInteger mostAtOnce = new AtomicInteger();
    CompletableFuture<Search.Timed<String>> first =
        CompletableFuture.supplyAsync(
            () ->
                turns.take(
                    () -> {
                      mostAtOnce.accumulateAndGet(runningAtOnce.incrementAndGet(), Math::max);
                      firstRunning.countDown();
                      await(release);
                      runningAtOnce.decrementAndGet();
                      return "first";
                    }));
    assertThat(firstRunning.await(10, TimeUnit.SECONDS)).isTrue();
    CountDownLatch secondAsking = new CountDownLatch(1);
    CompletableFuture<Search.Timed<String>> second =
        CompletableFuture.supplyAsync(
            () -> {
              secondAsking.countDown();
              return turns.take(
                  () -> {
                    mostAtOnce.accumulateAndGet(runningAtOnce.incrementAndGet(), Math::max);
                    runningAtOnce.decrementAndGet();
                    return "second";
                  });
            });
    assertThat(secondAsking.await(10, TimeUnit.SECONDS)).isTrue();
    Thread.sleep(200);
    assertThat(second).isNotDone();
    release.countDown();
    Search.Timed<String> taken = second.get(10, TimeUnit.SECONDS);
    assertThat(taken.value()).isEqualTo("second");
    // it asked right after secondAsking, so it waited about the 200 ms before the release; the
    // margin is for its thread being paused between the two (a loaded CI machine: 199.6 ms)
    assertThat(taken.queued()).isGreaterThanOrEqualTo(Duration.ofMillis(150));
    assertThat(first.get(10, TimeUnit.SECONDS).ran())
        .isGreaterThanOrEqualTo(Duration.ofMillis(200));
    assertThat(mostAtOnce).hasValue(1);
  }

  @Test
  void aTurnIsGivenBackWhenTheTaskFails() {
    Turns turns = new Turns(1);
    try {
      turns.take(
          () -> {
            throw new IllegalStateException("broken");
          });
    } catch (IllegalStateException expected) {
      // the failure reaches the caller
    }
    assertThat(turns.take(() -> "next").value()).isEqualTo("next");
  }

  private static void await(CountDownLatch latch) {
    try {
      latch.await(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
