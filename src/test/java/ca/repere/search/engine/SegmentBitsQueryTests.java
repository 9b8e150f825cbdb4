package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.Arrays;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilterWeight;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.util.FixedBitSet;
import org.junit.jupiter.api.Test;

/**
 * A small scope (the services near a town) leads the search: the word's postings are only asked to
 * skip to the scope's documents, never walked across the province; a large scope is only checked.
 * Either way the matches are the scope's documents that have the word.
 */
class SegmentBitsQueryTests {

  private static final int DOCS = 5_000;

  @Test
  void aSmallScopeLeadsAndTheWordsPostingsOnlySkipToIt() throws Exception {
    Walk walk = search(doc -> doc % 500 == 0); // 10 of 5,000
    assertThat(walk.hits).containsExactly(0, 1500, 3000, 4500);
    assertThat(walk.word.nextDocs).isZero();
    assertThat(walk.word.advances)
        .isLessThanOrEqualTo(10 + 1); // once a scope document, and past the end
  }

  @Test
  void aLargeScopeIsOnlyCheckedAgainstTheWordsMatches() throws Exception {
    Walk walk = search(doc -> doc % 2 == 0); // half the province
    assertThat(walk.hits)
        .containsExactly(
            java.util.stream.IntStream.range(0, DOCS).filter(d -> d % 6 == 0).toArray());
    assertThat(walk.word.nextDocs).isGreaterThan(0);
  }

  private record Walk(int[] hits, Counting word) {}

  /** The word "aide" is in every third document; the scope holds the documents {@code inScope}. */
  private static Walk search(java.util.function.IntPredicate inScope) throws IOException {
    try (ByteBuffersDirectory store = new ByteBuffersDirectory();
        IndexWriter writer = new IndexWriter(store, new IndexWriterConfig())) {
      for (int d = 0; d < DOCS; d++) {
        Document doc = new Document();
        doc.add(new TextField("text", d % 3 == 0 ? "aide loyer" : "repas", Field.Store.NO));
        writer.addDocument(doc);
      }
      writer.forceMerge(1);
      try (DirectoryReader reader = DirectoryReader.open(writer)) {
        assertThat(reader.leaves()).hasSize(1);
        FixedBitSet scope = new FixedBitSet(reader.maxDoc());
        for (int d = 0; d < reader.maxDoc(); d++) {
          if (inScope.test(d)) {
            scope.set(d);
          }
        }
        Counting word = new Counting(new TermQuery(new Term("text", "aide")));
        Query query =
            new BooleanQuery.Builder()
                .add(word, Occur.MUST)
                .add(new SegmentBitsQuery(new FixedBitSet[] {scope}), Occur.FILTER)
                .build();
        int[] hits =
            Arrays.stream(new IndexSearcher(reader).search(query, DOCS).scoreDocs)
                .mapToInt(hit -> ((ScoreDoc) hit).doc)
                .sorted()
                .toArray();
        return new Walk(hits, word);
      }
    }
  }

  /** A query that counts how its matches are walked: one by one, or skipped to. */
  private static final class Counting extends IdentityQuery {
    private final Query inner;
    int nextDocs;
    int advances;

    Counting(Query inner) {
      this.inner = inner;
    }

    @Override
    public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
        throws IOException {
      Weight weight = inner.createWeight(searcher, scoreMode, boost);
      return new FilterWeight(this, weight) {
        @Override
        public Scorer scorer(LeafReaderContext leaf) throws IOException {
          Scorer scorer = in.scorer(leaf);
          return scorer == null ? null : counted(this, scorer);
        }
      };
    }

    private Scorer counted(Weight weight, Scorer scorer) {
      DocIdSetIterator walked = scorer.iterator();
      DocIdSetIterator counted =
          new DocIdSetIterator() {
            @Override
            public int docID() {
              return walked.docID();
            }

            @Override
            public int nextDoc() throws IOException {
              nextDocs++;
              return walked.nextDoc();
            }

            @Override
            public int advance(int target) throws IOException {
              advances++;
              return walked.advance(target);
            }

            @Override
            public long cost() {
              return walked.cost();
            }
          };
      return new Scorer(weight) {
        @Override
        public int docID() {
          return walked.docID();
        }

        @Override
        public DocIdSetIterator iterator() {
          return counted;
        }

        @Override
        public float getMaxScore(int upTo) throws IOException {
          return scorer.getMaxScore(upTo);
        }

        @Override
        public float score() throws IOException {
          return scorer.score();
        }
      };
    }

    @Override
    public void visit(QueryVisitor visitor) {
      inner.visit(visitor);
    }

    @Override
    public String toString(String field) {
      return "Counting(" + inner.toString(field) + ")";
    }
  }
}
