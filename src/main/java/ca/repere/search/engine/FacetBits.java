package ca.repere.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.util.FixedBitSet;

/**
 * Facet counts by bit sets: per segment, the documents of each value of each facet field, kept per
 * index version; a search counts a value by intersecting its matches with them, a few thousand
 * machine words however many services match, instead of reading every match's values.
 */
final class FacetBits {

  /** The documents of each value of one facet field, in one segment. */
  private record Values(String facet, String[] names, FixedBitSet[] docs) {}

  private final PerReader<Map<Integer, List<Values>>> cached =
      new PerReader<>(ConcurrentHashMap::new);

  /**
   * Adds to {@code facets} the counts of the {@code matched} documents of one segment, open now
   * ({@code open}) or not included.
   */
  void count(
      IndexSearcher searcher,
      LeafReaderContext leaf,
      FixedBitSet matched,
      FixedBitSet open,
      Map<String, Map<String, Long>> facets) {
    for (Values field : cached.of(searcher).computeIfAbsent(leaf.ord, ord -> values(leaf))) {
      Map<String, Long> facet = facets.computeIfAbsent(field.facet(), k -> new TreeMap<>());
      for (int v = 0; v < field.docs().length; v++) {
        long count = FixedBitSet.intersectionCount(matched, field.docs()[v]);
        if (count > 0) {
          facet.merge(field.names()[v], count, Long::sum);
        }
      }
    }
    long all = matched.cardinality();
    long openNow = FixedBitSet.intersectionCount(matched, open);
    Map<String, Long> openFacet = facets.computeIfAbsent("open_now", k -> new TreeMap<>());
    if (openNow > 0) {
      openFacet.merge("true", openNow, Long::sum);
    }
    if (all > openNow) {
      openFacet.merge("false", all - openNow, Long::sum);
    }
  }

  private static List<Values> values(LeafReaderContext leaf) {
    try {
      int maxDoc = Math.max(1, leaf.reader().maxDoc());
      List<Values> fields = new ArrayList<>();
      for (String field : Fields.FACETS) {
        SortedSetDocValues dv = leaf.reader().getSortedSetDocValues(field);
        if (dv == null) {
          continue;
        }
        int count = (int) dv.getValueCount();
        String[] names = new String[count];
        FixedBitSet[] docs = new FixedBitSet[count];
        for (int ord = 0; ord < count; ord++) {
          names[ord] = dv.lookupOrd(ord).utf8ToString();
          docs[ord] = new FixedBitSet(maxDoc);
        }
        for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
          for (int i = dv.docValueCount(); i > 0; i--) {
            docs[(int) dv.nextOrd()].set(doc);
          }
        }
        fields.add(new Values(Candidates.FacetNames.of(field), names, docs));
      }
      return fields;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
