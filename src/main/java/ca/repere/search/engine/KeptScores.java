package ca.repere.search.engine;

import java.io.IOException;
import java.util.Arrays;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.Explanation;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;

/**
 * A word's clause whose matches and scores are kept, per segment, once it has been asked twice of
 * one version of the index: a word is looked for in eight fields and, when misspelt, in fifty
 * spellings, and walking those postings lists together and scoring each match cost most of a
 * search. Kept, the matches are an array walked or skipped through, and the score of a match is
 * read, not computed; the scores are the clause's own (same statistics, same boost), so the results
 * are the same.
 *
 * <p>Valid for the index version it was built for ({@link WordClauses} keeps one per version). The
 * memory it may take is bounded by a budget shared by the version's clauses; a clause over budget
 * is searched as it is.
 */
final class KeptScores extends IdentityQuery {

  /** Bytes a version's kept scores may take (a match takes eight). */
  static final long BUDGET_BYTES = 64L << 20;

  private static final Object SEEN_ONCE = new Object();
  private static final Object OVER_BUDGET = new Object();

  private final Query clause;
  private final AtomicLong budget;

  /** Per boost: {@link #SEEN_ONCE}, {@link #OVER_BUDGET} or the kept {@link Segments}. */
  private final Map<Float, Object> byBoost = new ConcurrentHashMap<>();

  /**
   * @param clause a rewritten query
   * @param budget bytes left to the index version's kept scores, shared by its clauses
   */
  KeptScores(Query clause, AtomicLong budget) {
    this.clause = clause;
    this.budget = budget;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost)
      throws IOException {
    Object kept = byBoost.get(boost);
    if (kept == null) {
      byBoost.putIfAbsent(boost, SEEN_ONCE);
      return clause.createWeight(searcher, scoreMode, boost);
    }
    if (kept == SEEN_ONCE) {
      kept = keep(searcher, boost);
    }
    return kept instanceof Segments segments
        ? new KeptWeight(searcher, segments, boost)
        : clause.createWeight(searcher, scoreMode, boost);
  }

  /** Walks the clause's matches in every segment once, keeping them if the budget allows. */
  private synchronized Object keep(IndexSearcher searcher, float boost) throws IOException {
    Object kept = byBoost.get(boost);
    if (kept != SEEN_ONCE) {
      return kept; // kept (or refused) meanwhile by another search
    }
    Segments segments =
        Segments.of(searcher, clause.createWeight(searcher, ScoreMode.COMPLETE, boost));
    long bytes = segments.bytes();
    if (budget.addAndGet(-bytes) < 0) {
      budget.addAndGet(bytes);
      byBoost.put(boost, OVER_BUDGET);
      return OVER_BUDGET;
    }
    byBoost.put(boost, segments);
    return segments;
  }

  /** The matches of the clause in each segment (by ordinal), in document order, with scores. */
  private record Segments(int[][] docs, float[][] scores, float[] maxScores) {

    static Segments of(IndexSearcher searcher, Weight weight) throws IOException {
      int leaves = searcher.getIndexReader().leaves().size();
      int[][] docs = new int[leaves][];
      float[][] scores = new float[leaves][];
      float[] maxScores = new float[leaves];
      for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
        int[] d = new int[16];
        float[] s = new float[16];
        int count = 0;
        float max = 0;
        Scorer scorer = weight.scorer(leaf);
        if (scorer != null) {
          DocIdSetIterator it = scorer.iterator();
          for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
            if (count == d.length) {
              d = Arrays.copyOf(d, count * 2);
              s = Arrays.copyOf(s, count * 2);
            }
            d[count] = doc;
            s[count] = scorer.score();
            max = Math.max(max, s[count]);
            count++;
          }
        }
        docs[leaf.ord] = Arrays.copyOf(d, count);
        scores[leaf.ord] = Arrays.copyOf(s, count);
        maxScores[leaf.ord] = max;
      }
      return new Segments(docs, scores, maxScores);
    }

    long bytes() {
      long bytes = 0;
      for (int[] d : docs) {
        bytes += 8L * d.length + 32;
      }
      return bytes;
    }
  }

  private final class KeptWeight extends Weight {
    private final IndexSearcher searcher;
    private final Segments segments;
    private final float boost;

    KeptWeight(IndexSearcher searcher, Segments segments, float boost) {
      super(KeptScores.this);
      this.searcher = searcher;
      this.segments = segments;
      this.boost = boost;
    }

    @Override
    public Scorer scorer(LeafReaderContext leaf) {
      int[] docs = segments.docs()[leaf.ord];
      return docs.length == 0
          ? null
          : new KeptScorer(this, docs, segments.scores()[leaf.ord], segments.maxScores()[leaf.ord]);
    }

    @Override
    public Explanation explain(LeafReaderContext leaf, int doc) throws IOException {
      return clause.createWeight(searcher, ScoreMode.COMPLETE, boost).explain(leaf, doc);
    }

    @Override
    public boolean isCacheable(LeafReaderContext leaf) {
      return false;
    }
  }

  /** Walks a segment's kept matches; skips ahead by galloping, then halving. */
  private static final class KeptScorer extends Scorer {
    private final int[] docs;
    private final float[] scores;
    private final float maxScore;
    private int index = -1;
    private int doc = -1;

    KeptScorer(Weight weight, int[] docs, float[] scores, float maxScore) {
      super(weight);
      this.docs = docs;
      this.scores = scores;
      this.maxScore = maxScore;
    }

    @Override
    public int docID() {
      return doc;
    }

    @Override
    public float score() {
      return scores[index];
    }

    @Override
    public float getMaxScore(int upTo) {
      return maxScore;
    }

    @Override
    public DocIdSetIterator iterator() {
      return new DocIdSetIterator() {
        @Override
        public int docID() {
          return doc;
        }

        @Override
        public int nextDoc() {
          return at(index + 1);
        }

        @Override
        public int advance(int target) {
          int low = index + 1;
          if (low >= docs.length || docs[low] >= target) {
            return at(low);
          }
          // docs[low] < target: gallop until docs[high] >= target (or the end), then halve
          int step = 1;
          int high = low + step;
          while (high < docs.length && docs[high] < target) {
            low = high;
            step <<= 1;
            high = low + step;
          }
          int found = Arrays.binarySearch(docs, low + 1, Math.min(high, docs.length), target);
          return at(found >= 0 ? found : -found - 1);
        }

        @Override
        public long cost() {
          return docs.length;
        }
      };
    }

    private int at(int position) {
      index = position;
      doc = position < docs.length ? docs[position] : DocIdSetIterator.NO_MORE_DOCS;
      return doc;
    }
  }

  @Override
  public void visit(QueryVisitor visitor) {
    clause.visit(visitor);
  }

  @Override
  public String toString(String field) {
    return "Kept(" + clause.toString(field) + ")";
  }
}
