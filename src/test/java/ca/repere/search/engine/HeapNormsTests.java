package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/** Scores read with the heap's norms equal those read from the index, across reopened versions. */
class HeapNormsTests {

  private static final String[] WORDS = {"aide", "loyer", "repas", "logement", "urgence"};

  @Test
  void scoresAsTheIndexItselfWouldAcrossVersions() throws Exception {
    Random random = new Random(7);
    Query query =
        new BooleanQuery.Builder()
            .add(new TermQuery(new Term("name", "aide")), Occur.SHOULD)
            .add(new TermQuery(new Term("description", "loyer")), Occur.SHOULD)
            .build();
    try (ByteBuffersDirectory store = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(store, new IndexWriterConfig())) {
      add(writer, random, 300);
      DirectoryReader heap = HeapNorms.of(DirectoryReader.open(writer));
      try {
        assertSameScores(heap, writer, query);
        add(writer, random, 50); // an edit: a new segment beside the first
        DirectoryReader newer = DirectoryReader.openIfChanged(heap, writer);
        assertThat(newer).isInstanceOf(HeapNorms.class);
        heap.close();
        heap = newer;
        assertThat(heap.leaves()).hasSizeGreaterThan(1);
        assertSameScores(heap, writer, query);
        assertThat(HeapNorms.of(heap)).isSameAs(heap);
      } finally {
        heap.close();
      }
    }
  }

  /** Documents of 1 to 30 words; a third without a description (no norm for that field). */
  private static void add(IndexWriter writer, Random random, int count) throws Exception {
    for (int d = 0; d < count; d++) {
      Document doc = new Document();
      doc.add(new TextField("name", words(random, 1 + random.nextInt(4)), Field.Store.NO));
      if (random.nextInt(3) > 0) {
        doc.add(
            new TextField("description", words(random, 1 + random.nextInt(30)), Field.Store.NO));
      }
      writer.addDocument(doc);
    }
    writer.commit();
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return text.toString();
  }

  private static void assertSameScores(DirectoryReader heap, IndexWriter writer, Query query)
      throws Exception {
    try (DirectoryReader plain = DirectoryReader.open(writer)) {
      ScoreDoc[] expected = new IndexSearcher(plain).search(query, 1_000).scoreDocs;
      ScoreDoc[] actual = new IndexSearcher(heap).search(query, 1_000).scoreDocs;
      assertThat(expected).isNotEmpty();
      assertThat(Arrays.stream(actual).map(HeapNormsTests::describe))
          .containsExactlyElementsOf(
              Arrays.stream(expected).map(HeapNormsTests::describe).toList());
    }
  }

  @Test
  void iteratesTheSameNormsAsTheIndex() throws Exception {
    try (ByteBuffersDirectory store = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(store, new IndexWriterConfig())) {
      add(writer, new Random(11), 200);
      try (DirectoryReader plain = DirectoryReader.open(writer);
          DirectoryReader heap = HeapNorms.of(DirectoryReader.open(writer))) {
        for (String field : new String[] {"name", "description"}) {
          assertThat(norms(heap, field)).isEqualTo(norms(plain, field)).isNotEmpty();
        }
      }
    }
  }

  /** Each document's norm of a field, by iterating (documents without one are skipped). */
  private static List<String> norms(DirectoryReader reader, String field) throws Exception {
    List<String> norms = new ArrayList<>();
    for (var leaf : reader.leaves()) {
      var values = leaf.reader().getNormValues(field);
      for (int doc = values.nextDoc();
          doc != DocIdSetIterator.NO_MORE_DOCS;
          doc = values.nextDoc()) {
        norms.add(leaf.docBase + doc + "=" + values.longValue());
      }
    }
    return norms;
  }

  private static String describe(ScoreDoc hit) {
    return hit.doc + ":" + hit.score;
  }
}
