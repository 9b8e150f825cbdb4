package ca.repere.search.engine;

import java.util.function.Supplier;
import org.apache.lucene.search.IndexSearcher;

/**
 * Something computed from one version of the index and kept until the index changes: the searcher
 * of a newer version gets a fresh one. Safe to share between searches; two searches racing on a new
 * version may each compute it, and one is kept.
 */
final class PerReader<T> {

  private record Held<T>(Object reader, T value) {}

  private final Supplier<T> fresh;
  private volatile Held<T> held = new Held<>(new Object(), null);

  PerReader(Supplier<T> fresh) {
    this.fresh = fresh;
  }

  /** The value for the version {@code searcher} reads. */
  T of(IndexSearcher searcher) {
    Object reader = searcher.getIndexReader().getReaderCacheHelper().getKey();
    Held<T> current = held;
    if (current.reader() != reader) {
      current = new Held<>(reader, fresh.get());
      held = current;
    }
    return current.value();
  }
}
