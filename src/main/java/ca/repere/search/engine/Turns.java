package ca.repere.search.engine;

import ca.repere.search.Search;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.function.Supplier;

/**
 * A few tasks at a time, the others waiting their turn, first come first served. The engine only
 * computes, so more searches than a few per core only take turns on the processors, each slower,
 * and all later: fifty at once on two cores doubled the slowest answers.
 */
final class Turns {

  private final Semaphore running;

  /**
   * @param atOnce tasks running at once; 0 or less for four per core
   */
  Turns(int atOnce) {
    this.running =
        new Semaphore(atOnce > 0 ? atOnce : 4 * Runtime.getRuntime().availableProcessors(), true);
  }

  /** Runs a task in its turn. */
  <T> Search.Timed<T> take(Supplier<T> task) {
    long asked = System.nanoTime();
    running.acquireUninterruptibly();
    long started = System.nanoTime();
    try {
      T value = task.get();
      return new Search.Timed<>(
          value, Duration.ofNanos(started - asked), Duration.ofNanos(System.nanoTime() - started));
    } finally {
      running.release();
    }
  }
}
