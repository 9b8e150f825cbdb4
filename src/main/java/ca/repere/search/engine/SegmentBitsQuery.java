package ca.repere.search.engine;

import java.io.IOException;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.search.ConstantScoreScorer;
import org.apache.lucene.search.ConstantScoreWeight;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.FilteredDocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.QueryVisitor;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.BitSetIterator;
import org.apache.lucene.util.FixedBitSet;

/**
 * The documents of bit sets already computed, one per segment (by ordinal), as a filter: a search
 * then visits only them, instead of every match of its words across the province. Valid only with
 * the searcher the sets were computed for.
 */
final class SegmentBitsQuery extends IdentityQuery {

  /**
   * A set may lead the search when it holds less than this fraction of the segment: a larger one
   * (the whole province, say) is only checked, since asking the words' postings to skip to each of
   * its documents costs more than walking the words' matches.
   */
  private static final int LEAD_BELOW = 8;

  private final FixedBitSet[] bits;

  SegmentBitsQuery(FixedBitSet[] bits) {
    this.bits = bits;
  }

  @Override
  public Weight createWeight(IndexSearcher searcher, ScoreMode scoreMode, float boost) {
    return new ConstantScoreWeight(this, boost) {
      @Override
      public Scorer scorer(LeafReaderContext leaf) throws IOException {
        FixedBitSet set = bits[leaf.ord];
        long cost = set.cardinality();
        return cost == 0
            ? null
            : new ConstantScoreScorer(
                this,
                score(),
                scoreMode,
                cost * LEAD_BELOW <= set.length()
                    ? leading(set, cost)
                    : new BitSetIterator(set, cost));
      }

      @Override
      public boolean isCacheable(LeafReaderContext leaf) {
        return false;
      }
    };
  }

  /**
   * The documents of a set as an iterator that may lead the search: Lucene only checks a {@link
   * BitSetIterator} against the matches of the words, which walks every match of a common word
   * across the province for a search in one town. Behind another type, led by the smaller of the
   * two, the search visits the few thousand documents near the person, and asks the words' postings
   * to skip to each.
   */
  private static DocIdSetIterator leading(FixedBitSet set, long cost) {
    return new FilteredDocIdSetIterator(new BitSetIterator(set, cost)) {
      @Override
      protected boolean match(int doc) {
        return true;
      }
    };
  }

  @Override
  public void visit(QueryVisitor visitor) {
    visitor.visitLeaf(this);
  }

  @Override
  public String toString(String field) {
    return "SegmentBits";
  }
}
