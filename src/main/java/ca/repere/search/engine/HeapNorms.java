package ca.repere.search.engine;

import java.io.IOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FilterDirectoryReader;
import org.apache.lucene.index.FilterLeafReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * An index reader whose length norms are read from the heap. Scoring a match reads the norm of
 * every field it matched in: from the memory-mapped file that is a bounds-checked read through a
 * buffer per value, which cost a third of the engine's time; here it is an array read. The arrays
 * (one byte per document and text field) are read once per segment, when a search first scores that
 * field, and dropped with the segment.
 */
final class HeapNorms extends FilterDirectoryReader {

  /** Per segment, per field: its norms. */
  private static final PerSegment<Map<String, Norms>> BY_SEGMENT =
      new PerSegment<>(segment -> new ConcurrentHashMap<>());

  private HeapNorms(DirectoryReader in) throws IOException {
    super(
        in,
        new SubReaderWrapper() {
          @Override
          public LeafReader wrap(LeafReader reader) {
            return new Leaf(reader);
          }
        });
  }

  /** {@code reader} with its norms on the heap (as it is, when it already has them). */
  static DirectoryReader of(IndexReader reader) throws IOException {
    return reader instanceof HeapNorms heap ? heap : new HeapNorms((DirectoryReader) reader);
  }

  @Override
  protected DirectoryReader doWrapDirectoryReader(DirectoryReader in) throws IOException {
    return new HeapNorms(in);
  }

  @Override
  public CacheHelper getReaderCacheHelper() {
    return in.getReaderCacheHelper(); // the same documents and values as the wrapped reader
  }

  private static final class Leaf extends FilterLeafReader {

    Leaf(LeafReader in) {
      super(in);
    }

    @Override
    public NumericDocValues getNormValues(String field) throws IOException {
      Map<String, Norms> fields = BY_SEGMENT.of(in);
      Norms norms = fields.get(field);
      if (norms == null) {
        norms = Norms.read(in.getNormValues(field), in.maxDoc());
        fields.put(field, norms);
      }
      return norms == Norms.NONE ? null : norms.iterator();
    }

    @Override
    public CacheHelper getCoreCacheHelper() {
      return in.getCoreCacheHelper();
    }

    @Override
    public CacheHelper getReaderCacheHelper() {
      return in.getReaderCacheHelper();
    }
  }

  /** One field's norms in a segment: a byte per document, and which documents have one. */
  private record Norms(byte[] values, FixedBitSet present) {

    static final Norms NONE = new Norms(new byte[0], null);

    static Norms read(NumericDocValues norms, int maxDoc) throws IOException {
      if (norms == null) {
        return NONE;
      }
      byte[] values = new byte[maxDoc];
      FixedBitSet present = new FixedBitSet(Math.max(1, maxDoc));
      int count = 0;
      for (int doc = norms.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = norms.nextDoc()) {
        values[doc] = (byte) norms.longValue();
        present.set(doc);
        count++;
      }
      return new Norms(values, count == maxDoc ? null : present);
    }

    NumericDocValues iterator() {
      return new ArrayNorms(values, present);
    }
  }

  /** Norms iterated from the arrays; every call of {@link Leaf#getNormValues} gets its own. */
  private static final class ArrayNorms extends NumericDocValues {
    private final byte[] values;
    private final FixedBitSet present;

    /** The documents with a norm, for {@link #nextDoc} and {@link #advance}. */
    private final DocIdSetIterator docs;

    private int doc = -1;

    ArrayNorms(byte[] values, FixedBitSet present) {
      this.values = values;
      this.present = present;
      this.docs =
          present == null
              ? DocIdSetIterator.all(values.length)
              : new BitSetIterator(present, present.cardinality());
    }

    @Override
    public long longValue() {
      return values[doc];
    }

    @Override
    public boolean advanceExact(int target) {
      doc = target;
      return present == null || present.get(target);
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public int nextDoc() throws IOException {
      return advance(doc + 1);
    }

    @Override
    public int advance(int target) throws IOException {
      doc = docs.advance(target); // docs is never past doc: targets only grow
      return doc;
    }

    @Override
    public long cost() {
      return docs.cost();
    }
  }
}
