package ca.repere.search.engine;

import ca.repere.shared.Lang;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.TermStates;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * The word clauses of queries, rewritten against the current index and kept while it does not
 * change: building a word's typo automaton and finding the index terms within its edit distance
 * costs far more than the search itself, and people type the same words again and again.
 */
final class WordClauses {

  private static final int MAX_ENTRIES = 20_000;

  /** A word found in at least this many documents is taken as typed, not as a misspelling. */
  static final int KNOWN_WORD_DOCS = 2;

  private record Key(String word, Lang lang, boolean fuzzier) {}

  /** An index version's clauses, and the bytes left for their kept scores ({@link KeptScores}). */
  private record Version(Map<Key, Optional<Query>> clauses, AtomicLong budget) {}

  private final PerReader<Version> cached =
      new PerReader<>(
          () -> new Version(new ConcurrentHashMap<>(), new AtomicLong(KeptScores.BUDGET_BYTES)));

  /** One clause per meaningful word of {@code text}, rewritten for {@code searcher}'s index. */
  List<Query> of(IndexSearcher searcher, String text, Lang lang, boolean fuzzier)
      throws IOException {
    Version version = cached.of(searcher);
    Map<Key, Optional<Query>> clauses = version.clauses();
    List<Query> result = new ArrayList<>();
    for (String word : TextQueries.words(text)) {
      Key key = new Key(word, lang, fuzzier);
      Optional<Query> clause = clauses.get(key);
      if (clause == null) {
        boolean known =
            searcher.getIndexReader().docFreq(new Term(Fields.PLAIN, word)) >= KNOWN_WORD_DOCS;
        Query built = TextQueries.wordClause(word, lang, fuzzier, fuzzier || !known);
        clause =
            Optional.ofNullable(
                built == null
                    ? null
                    : new KeptScores(
                        withTermStates(searcher, searcher.rewrite(built)), version.budget()));
        if (clauses.size() >= MAX_ENTRIES) {
          clauses.clear();
          version.budget().set(KeptScores.BUDGET_BYTES);
        }
        clauses.put(key, clause);
      }
      clause.ifPresent(result::add);
    }
    return result;
  }

  /**
   * The query with each term's statistics and per-segment positions looked up now: weighting a
   * query looks every term up in every segment, which a cached clause then does only once.
   */
  static Query withTermStates(IndexSearcher searcher, Query query) throws IOException {
    if (query instanceof TermQuery term && term.getTermStates() == null) {
      return new TermQuery(term.getTerm(), TermStates.build(searcher, term.getTerm(), true));
    }
    if (query instanceof BoostQuery boost) {
      return new BoostQuery(withTermStates(searcher, boost.getQuery()), boost.getBoost());
    }
    if (query instanceof ConstantScoreQuery constant) {
      return new ConstantScoreQuery(withTermStates(searcher, constant.getQuery()));
    }
    if (query instanceof DisjunctionMaxQuery max) {
      List<Query> disjuncts = new ArrayList<>();
      for (Query q : max.getDisjuncts()) {
        disjuncts.add(withTermStates(searcher, q));
      }
      return new DisjunctionMaxQuery(disjuncts, max.getTieBreakerMultiplier());
    }
    if (query instanceof BooleanQuery bool) {
      BooleanQuery.Builder builder =
          new BooleanQuery.Builder()
              .setMinimumNumberShouldMatch(bool.getMinimumNumberShouldMatch());
      for (BooleanClause clause : bool.clauses()) {
        builder.add(withTermStates(searcher, clause.getQuery()), clause.getOccur());
      }
      return builder.build();
    }
    return query;
  }
}
