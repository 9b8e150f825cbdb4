package ca.repere.search.engine;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * Facet counts from the facet values of every document, read once per segment into plain arrays
 * (and, for the values of many documents, bit sets): a search counts its matches from them, where
 * reading each match's values from the index decodes them again search after search.
 */
final class FacetBits {

  /**
   * The facet values of one segment: every value of every facet field numbered in one sequence
   * ({@code facets[v]}, {@code names[v]}), each document's values side by side ({@code ords} from
   * {@code starts[doc]} to {@code starts[doc + 1]}, all fields together, so that counting a match
   * reads one short run), and each value's documents.
   */
  private record Values(
      List<String> fields,
      String[] facets,
      String[] names,
      int[] starts,
      int[] ords,
      FixedBitSet[] docs) {

    /** Values a document has on average, to choose how to count. */
    double perDoc() {
      return ords.length / (double) Math.max(1, starts.length - 1);
    }
  }

  private final PerSegment<Values> cached = new PerSegment<>(FacetBits::values);

  /**
   * Adds to {@code facets} the counts of the {@code matched} documents of one segment, open now
   * ({@code open}) or not included.
   */
  void count(
      LeafReaderContext leaf,
      FixedBitSet matched,
      FixedBitSet open,
      Map<String, Map<String, Long>> facets) {
    long all = matched.cardinality();
    Values values = cached.of(leaf.reader());
    long[] counts = new long[values.names().length];
    // by document, or by value (a few thousand machine words each): whichever reads less
    if (all * values.perDoc() < (double) counts.length * matched.getBits().length) {
      countByDocument(values, matched, counts);
    } else {
      for (int v = 0; v < counts.length; v++) {
        counts[v] = FixedBitSet.intersectionCount(matched, values.docs()[v]);
      }
    }
    for (String field : values.fields()) {
      facets.computeIfAbsent(field, k -> new TreeMap<>());
    }
    for (int v = 0; v < counts.length; v++) {
      if (counts[v] > 0) {
        facets.get(values.facets()[v]).merge(values.names()[v], counts[v], Long::sum);
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

  private static void countByDocument(Values values, FixedBitSet matched, long[] counts) {
    int[] starts = values.starts();
    int[] ords = values.ords();
    int length = matched.length();
    for (int doc = matched.nextSetBit(0);
        doc != DocIdSetIterator.NO_MORE_DOCS;
        doc = doc + 1 < length ? matched.nextSetBit(doc + 1) : DocIdSetIterator.NO_MORE_DOCS) {
      for (int i = starts[doc], end = starts[doc + 1]; i < end; i++) {
        counts[ords[i]]++;
      }
    }
  }

  private static Values values(LeafReader segment) throws IOException {
    int maxDoc = Math.max(1, segment.maxDoc());
    List<String> fields = new ArrayList<>();
    List<String> facets = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<FixedBitSet> docs = new ArrayList<>();
    List<int[]> perField = new ArrayList<>(); // each document's values, field by field
    int[] counts = new int[maxDoc];
    for (String field : Fields.FACETS) {
      SortedSetDocValues dv = segment.getSortedSetDocValues(field);
      if (dv == null) {
        continue;
      }
      String facet = Candidates.FacetNames.of(field);
      fields.add(facet);
      int first = names.size();
      for (int ord = 0; ord < dv.getValueCount(); ord++) {
        facets.add(facet);
        names.add(dv.lookupOrd(ord).utf8ToString());
        docs.add(new FixedBitSet(maxDoc));
      }
      // pairs (doc, value) in document order
      int[] pairs = new int[2 * maxDoc];
      int next = 0;
      for (int doc = dv.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = dv.nextDoc()) {
        for (int i = dv.docValueCount(); i > 0; i--) {
          int value = first + (int) dv.nextOrd();
          if (next == pairs.length) {
            pairs = Arrays.copyOf(pairs, pairs.length * 2);
          }
          pairs[next++] = doc;
          pairs[next++] = value;
          docs.get(value).set(doc);
          counts[doc]++;
        }
      }
      perField.add(Arrays.copyOf(pairs, next));
    }
    int[] starts = new int[maxDoc + 1];
    for (int d = 0; d < maxDoc; d++) {
      starts[d + 1] = starts[d] + counts[d];
    }
    int[] ords = new int[starts[maxDoc]];
    int[] filled = Arrays.copyOf(starts, maxDoc);
    for (int[] pairs : perField) {
      for (int i = 0; i < pairs.length; i += 2) {
        ords[filled[pairs[i]]++] = pairs[i + 1];
      }
    }
    return new Values(
        List.copyOf(fields),
        facets.toArray(String[]::new),
        names.toArray(String[]::new),
        starts,
        ords,
        docs.toArray(FixedBitSet[]::new));
  }
}
