package ca.repere.search.engine;

import ca.repere.shared.Lang;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;

/**
 * The word clauses of queries, rewritten against the current index and kept while it does not
 * change: building a word's typo automaton and finding the index terms within its edit distance
 * costs far more than the search itself, and people type the same words again and again.
 */
final class WordClauses {

  private static final int MAX_ENTRIES = 20_000;

  private record Key(String word, Lang lang, boolean fuzzier) {}

  private record Cached(Object reader, Map<Key, Optional<Query>> clauses) {}

  private volatile Cached cached = new Cached(new Object(), new ConcurrentHashMap<>());

  /** One clause per meaningful word of {@code text}, rewritten for {@code searcher}'s index. */
  List<Query> of(IndexSearcher searcher, String text, Lang lang, boolean fuzzier)
      throws IOException {
    Map<Key, Optional<Query>> clauses = clausesFor(searcher);
    List<Query> result = new ArrayList<>();
    for (String word : TextQueries.words(text)) {
      Key key = new Key(word, lang, fuzzier);
      Optional<Query> clause = clauses.get(key);
      if (clause == null) {
        Query built = TextQueries.wordClause(word, lang, fuzzier);
        clause = Optional.ofNullable(built == null ? null : searcher.rewrite(built));
        if (clauses.size() >= MAX_ENTRIES) {
          clauses.clear();
        }
        clauses.put(key, clause);
      }
      clause.ifPresent(result::add);
    }
    return result;
  }

  private Map<Key, Optional<Query>> clausesFor(IndexSearcher searcher) {
    Object reader = searcher.getIndexReader().getReaderCacheHelper().getKey();
    Cached current = cached;
    if (current.reader() != reader) {
      current = new Cached(reader, new ConcurrentHashMap<>());
      cached = current;
    }
    return current.clauses();
  }
}
