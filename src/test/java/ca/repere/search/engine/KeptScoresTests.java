package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * A kept clause finds the same documents with the same scores as the clause itself, searched alone,
 * boosted, with another word or led by a few documents, in every segment; over its budget it is
 * searched as it is.
 */
class KeptScoresTests {

  private static final String[] WORDS = {"aide", "loyer", "repas", "logement", "urgence", "faim"};

  @Test
  void keptScoresAreTheClausesOwn() throws Exception {
    try (ByteBuffersDirectory store = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(store, new IndexWriterConfig())) {
      Random random = new Random(11);
      for (int segment = 0; segment < 3; segment++) { // three segments
        for (int d = 0; d < 700; d++) {
          Document doc = new Document();
          doc.add(new TextField("name", words(random, 1 + random.nextInt(3)), Field.Store.NO));
          doc.add(new TextField("description", words(random, random.nextInt(20)), Field.Store.NO));
          writer.addDocument(doc);
        }
        writer.commit();
      }
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertThat(reader.leaves()).hasSize(3);
        IndexSearcher searcher = new IndexSearcher(reader);
        Query aide = word("aide");
        Query loyer = word("loyer");
        KeptScores keptAide = new KeptScores(aide, new AtomicLong(KeptScores.BUDGET_BYTES));
        KeptScores keptLoyer = new KeptScores(loyer, new AtomicLong(KeptScores.BUDGET_BYTES));
        for (int use = 0; use < 3; use++) { // seen once, then kept
          assertSame(searcher, aide, keptAide);
          assertSame(searcher, new BoostQuery(aide, 0.1f), new BoostQuery(keptAide, 0.1f));
          assertSame(searcher, both(aide, loyer), both(keptAide, keptLoyer));
          // a rare word leads: the kept word is skipped through
          assertSame(searcher, both(word("urgence"), aide), both(word("urgence"), keptAide));
        }
        KeptScores overBudget = new KeptScores(aide, new AtomicLong(100));
        for (int use = 0; use < 3; use++) {
          assertSame(searcher, aide, overBudget);
        }
      }
    }
  }

  private static Query word(String word) {
    return new DisjunctionMaxQuery(
        List.of(
            new BoostQuery(new TermQuery(new Term("name", word)), 4f),
            new TermQuery(new Term("description", word))),
        0.1f);
  }

  private static Query both(Query a, Query b) {
    return new BooleanQuery.Builder().add(a, Occur.MUST).add(b, Occur.MUST).build();
  }

  private static void assertSame(IndexSearcher searcher, Query expected, Query actual)
      throws Exception {
    assertThat(hits(searcher, actual)).isEqualTo(hits(searcher, expected)).isNotEmpty();
  }

  private static List<String> hits(IndexSearcher searcher, Query query) throws Exception {
    List<String> hits = new ArrayList<>();
    for (ScoreDoc hit : searcher.search(query, 10_000).scoreDocs) {
      hits.add(hit.doc + ":" + hit.score);
    }
    return hits;
  }

  private static String words(Random random, int count) {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < count; i++) {
      text.append(WORDS[random.nextInt(WORDS.length)]).append(' ');
    }
    return text.toString();
  }
}
