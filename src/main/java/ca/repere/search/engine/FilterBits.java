package ca.repere.search.engine;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchNoDocsQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents matching the filters every search asks about (serving the place, province-wide,
 * open now…), one bit set per segment, kept while the index does not change: the same places and
 * the same minute come back in search after search, and computing them is most of a cheap search.
 */
final class FilterBits {

  private static final int MAX_ENTRIES = 2_000;

  /** The key of an absent filter: no document. */
  private static final Query NOTHING = new MatchNoDocsQuery();

  private final PerReader<Map<Query, FixedBitSet[]>> cached =
      new PerReader<>(ConcurrentHashMap::new);

  /** Per segment (by ordinal), the documents matching {@code query}; all clear when null. */
  FixedBitSet[] of(IndexSearcher searcher, Query query) throws IOException {
    Query key = query == null ? NOTHING : query;
    Map<Query, FixedBitSet[]> bits = cached.of(searcher);
    FixedBitSet[] found = bits.get(key);
    if (found == null) {
      found = compute(searcher, key);
      if (bits.size() >= MAX_ENTRIES) {
        bits.clear();
      }
      bits.put(key, found);
    }
    return found;
  }

  private static FixedBitSet[] compute(IndexSearcher searcher, Query query) throws IOException {
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    Weight weight =
        searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1f);
    FixedBitSet[] bits = new FixedBitSet[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      FixedBitSet set = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
      Scorer scorer = weight.scorer(leaf);
      if (scorer != null) {
        set.or(scorer.iterator());
      }
      bits[leaf.ord] = set;
    }
    return bits;
  }
}
