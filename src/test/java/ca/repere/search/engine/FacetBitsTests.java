package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/** Facet counts from the per-version arrays and bit sets equal a plain count of each match. */
class FacetBitsTests {

  private static final List<String> LANGUAGES = List.of("fr", "en", "es", "ar", "zh");
  private static final List<String> CATEGORIES = List.of("ALIM", "LOG", "SANTE");

  @Test
  void countsAsManyOrFewMatchesAsAPlainCount() throws Exception {
    Random random = new Random(42);
    try (ByteBuffersDirectory store = new ByteBuffersDirectory()) {
      List<Map<String, List<String>>> values = new java.util.ArrayList<>();
      try (IndexWriter writer = new IndexWriter(store, new IndexWriterConfig())) {
        for (int d = 0; d < 500; d++) {
          Map<String, List<String>> doc = new HashMap<>();
          // some documents without any language, some with several
          doc.put(Fields.LANGUAGE, LANGUAGES.stream().filter(l -> random.nextInt(3) == 0).toList());
          doc.put(Fields.TOP_CATEGORY, List.of(CATEGORIES.get(random.nextInt(CATEGORIES.size()))));
          Document document = new Document();
          doc.forEach(
              (field, vs) ->
                  vs.forEach(
                      v -> document.add(new SortedSetDocValuesField(field, new BytesRef(v)))));
          writer.addDocument(document);
          values.add(doc);
        }
        writer.forceMerge(1);
      }
      try (DirectoryReader reader = DirectoryReader.open(store)) {
        LeafReaderContext leaf = reader.leaves().get(0);
        FacetBits facets = new FacetBits();
        for (int matches : new int[] {0, 3, 40, 450}) { // by document, then by value bit sets
          FixedBitSet matched = new FixedBitSet(500);
          FixedBitSet open = new FixedBitSet(500);
          while (matched.cardinality() < matches) {
            matched.set(random.nextInt(500));
          }
          for (int d = 0; d < 500; d += 2) {
            open.set(d);
          }
          Map<String, Map<String, Long>> counted = new TreeMap<>();
          facets.count(leaf, matched, open, counted);
          assertThat(counted).isEqualTo(plainCount(values, matched, open));
        }
      }
    }
  }

  private static Map<String, Map<String, Long>> plainCount(
      List<Map<String, List<String>>> values, FixedBitSet matched, FixedBitSet open) {
    Map<String, Map<String, Long>> counts = new TreeMap<>();
    counts.put("category", new TreeMap<>());
    counts.put(Fields.LANGUAGE, new TreeMap<>());
    counts.put("open_now", new TreeMap<>());
    for (int d = 0; d < values.size(); d++) {
      if (!matched.get(d)) {
        continue;
      }
      for (String language : values.get(d).get(Fields.LANGUAGE)) {
        counts.get(Fields.LANGUAGE).merge(language, 1L, Long::sum);
      }
      counts.get("category").merge(values.get(d).get(Fields.TOP_CATEGORY).get(0), 1L, Long::sum);
      counts.get("open_now").merge(open.get(d) ? "true" : "false", 1L, Long::sum);
    }
    return counts;
  }
}
