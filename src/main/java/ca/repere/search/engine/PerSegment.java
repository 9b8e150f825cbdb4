package ca.repere.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;

/**
 * Something read from one segment's values and kept as long as the segment lives: an edit adds a
 * small segment and leaves the others, so their values are not read again (where {@link PerReader}
 * starts over at each version). Only for what deletions do not change: a search checks each match
 * against the live documents itself.
 */
final class PerSegment<T> {

  /** Reads the value of one segment. */
  interface Reader<T> {
    T read(LeafReader segment) throws IOException;
  }

  private final Map<IndexReader.CacheKey, T> bySegment = new ConcurrentHashMap<>();
  private final Reader<T> reader;

  PerSegment(Reader<T> reader) {
    this.reader = reader;
  }

  /** The value of {@code segment}, read now if it is new. */
  T of(LeafReader segment) {
    IndexReader.CacheHelper core = segment.getCoreCacheHelper();
    if (core == null) {
      return read(segment);
    }
    T value = bySegment.get(core.getKey());
    if (value == null) {
      value = read(segment);
      if (bySegment.putIfAbsent(core.getKey(), value) == null) {
        core.addClosedListener(bySegment::remove);
      }
    }
    return value;
  }

  private T read(LeafReader segment) {
    try {
      return reader.read(segment);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
