package ca.repere.search.engine;

import ca.repere.shared.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.DisjunctionMaxQuery;
import org.apache.lucene.search.FuzzyQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;

/**
 * Builds the text part of a query: each word the person typed is looked for in both languages'
 * fields at once (names weigh most, then taxonomy terms and organization, then descriptions), and
 * with a typo or two in the folded unstemmed field.
 */
final class TextQueries {

  private static final Map<String, Float> WEIGHTS =
      Map.of(
          Fields.NAME_FR, 4f,
          Fields.NAME_EN, 4f,
          Fields.TAXONOMY_FR, 2.5f,
          Fields.TAXONOMY_EN, 2.5f,
          Fields.ORGANIZATION_FR, 2f,
          Fields.ORGANIZATION_EN, 2f,
          Fields.DESCRIPTION_FR, 1f,
          Fields.DESCRIPTION_EN, 1f);

  private static final float FUZZY_WEIGHT = 0.6f;

  /** How the words combine: all of them (as asked), or any (a relaxed search). */
  enum Match {
    ALL_WORDS,
    ANY_WORD
  }

  private TextQueries() {}

  /** One clause per meaningful word; empty when the text has none (blank or only stop words). */
  static List<Query> wordClauses(String text, Lang lang, boolean fuzzier) {
    List<Query> clauses = new ArrayList<>();
    for (String word : words(text)) {
      Query clause = wordClause(word, lang, fuzzier);
      if (clause != null) {
        clauses.add(clause);
      }
    }
    return clauses;
  }

  /** The words of a text, folded. */
  static List<String> words(String text) {
    return tokens(Analyzers.PLAIN, text);
  }

  static Query combine(List<Query> clauses, Match match) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    clauses.forEach(c -> builder.add(c, match == Match.ALL_WORDS ? Occur.MUST : Occur.SHOULD));
    return builder.build();
  }

  /** The clause of one folded word; null for a stop word in both languages. */
  static Query wordClause(String word, Lang lang, boolean fuzzier) {
    return wordClause(word, lang, fuzzier, true);
  }

  /**
   * The clause of one folded word, with its misspellings when {@code typos} (a word the directory
   * does not know, or a relaxed search): a known word looked for with its fifty nearest spellings
   * too matched a large part of the directory, slowly, and mostly wrongly ("pain" for "bain").
   */
  static Query wordClause(String word, Lang lang, boolean fuzzier, boolean typos) {
    List<Query> alternatives = new ArrayList<>();
    boolean meaningful = false;
    for (Map.Entry<String, Float> field : WEIGHTS.entrySet()) {
      String name = field.getKey();
      float weight = field.getValue() * (name.endsWith("_" + lang.code()) ? 1.2f : 1f);
      for (String term : tokens(Analyzers.forField(name), word)) {
        alternatives.add(new BoostQuery(new TermQuery(new Term(name, term)), weight));
        meaningful = true;
      }
    }
    if (!meaningful) {
      return null; // a stop word in both languages
    }
    if (typos && word.length() >= 4) {
      int edits = word.length() >= 8 || (fuzzier && word.length() >= 5) ? 2 : 1;
      Query fuzzy = new FuzzyQuery(new Term(Fields.PLAIN, word), edits, 1, 50, true);
      alternatives.add(new BoostQuery(new ConstantScoreQuery(fuzzy), FUZZY_WEIGHT));
    }
    return new DisjunctionMaxQuery(alternatives, 0.1f);
  }

  static List<String> tokens(Analyzer analyzer, String text) {
    List<String> tokens = new ArrayList<>();
    try (TokenStream stream = analyzer.tokenStream("q", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        tokens.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return tokens;
  }
}
