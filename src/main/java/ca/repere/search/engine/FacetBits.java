package ca.repere.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
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
 * Facet counts from the facet values of every document, read once per index version into plain
 * arrays (and, for the values of many documents, bit sets): a search counts its matches from them,
 * where reading each match's values from the index decodes them again search after search.
 */
final class FacetBits {

  /**
   * One facet field in one segment: the values' names, each document's values ({@code ords} from
   * {@code starts[doc]} to {@code starts[doc + 1]}), and each value's documents.
   */
  private record Values(
      String facet, String[] names, int[] starts, int[] ords, FixedBitSet[] docs) {

    /** Values a document has on average, to choose how to count. */
    double perDoc() {
      return ords.length / (double) Math.max(1, starts.length - 1);
    }
  }

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
    long all = matched.cardinality();
    for (Values field : cached.of(searcher).computeIfAbsent(leaf.ord, ord -> values(leaf))) {
      Map<String, Long> facet = facets.computeIfAbsent(field.facet(), k -> new TreeMap<>());
      long[] counts = new long[field.names().length];
      // by document, or by value (a few thousand machine words each): whichever reads less
      if (all * field.perDoc() < (double) counts.length * matched.getBits().length) {
        countByDocument(field, matched, counts);
      } else {
        for (int v = 0; v < counts.length; v++) {
          counts[v] = FixedBitSet.intersectionCount(matched, field.docs()[v]);
        }
      }
      for (int v = 0; v < counts.length; v++) {
        if (counts[v] > 0) {
          facet.merge(field.names()[v], counts[v], Long::sum);
        }
      }
    }
    long openNow = FixedBitSet.intersectionCount(matched, open);
    Map<String, Long> openFacet = facets.computeIfAbsent("open_now", k -> new TreeMap<>());
    if (openNow > 0) {
      openFacet.merge("true", openNow, Long::sum);
    }
    if (all > openNow) {
      openFacet.merge("false", all - openNow, Long::sum);
    }
  }

  private static void countByDocument(Values field, FixedBitSet matched, long[] counts) {
    int[] starts = field.starts();
    int[] ords = field.ords();
    int length = matched.length();
    for (int doc = matched.nextSetBit(0);
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = doc + 1 < length ? matched.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      for (int i = starts[doc]; i < starts[doc + 1]; i++) {
        counts[ords[i]]++;
      }
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
        int[] starts = new int[maxDoc + 1];
        int[] ords = new int[maxDoc];
        int next = 0;
        int doc = dv.nextDoc();
        for (int d = 0; d < maxDoc; d++) {
          starts[d] = next;
          if (d == doc) {
            for (int i = dv.docValueCount(); i > 0; i--) {
              int ord = (int) dv.nextOrd();
              if (next == ords.length) {
                ords = Arrays.copyOf(ords, ords.length * 2);
              }
              ords[next++] = ord;
              docs[ord].set(d);
            }
            doc = dv.nextDoc();
          }
        }
        starts[maxDoc] = next;
        fields.add(
            new Values(
                Candidates.FacetNames.of(field), names, starts, Arrays.copyOf(ords, next), docs));
      }
      return fields;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
