package ca.repere.search.engine;

import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.en.EnglishPossessiveFilter;
import org.apache.lucene.analysis.fr.FrenchAnalyzer;
import org.apache.lucene.analysis.fr.FrenchLightStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.util.ElisionFilter;

/**
 * The analysis chains: French (elision, accents folded, light stemming: "eglise" finds "églises"),
 * English (possessives, minimal stemming, accents folded) and a plain folded chain without
 * stemming, used for typo-tolerant (fuzzy) matching and name prefixes.
 */
final class Analyzers {

  private static final CharArraySet ELISIONS =
      new CharArraySet(
          java.util.List.of("l", "m", "t", "qu", "n", "s", "j", "d", "c", "jusqu", "quoiqu"), true);

  static final Analyzer FRENCH =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          StandardTokenizer source = new StandardTokenizer();
          TokenStream stream = new ElisionFilter(source, ELISIONS);
          stream = new LowerCaseFilter(stream);
          stream = new StopFilter(stream, FrenchAnalyzer.getDefaultStopSet());
          stream = new ASCIIFoldingFilter(stream);
          stream = new FrenchLightStemFilter(stream);
          return new TokenStreamComponents(source, stream);
        }
      };

  static final Analyzer ENGLISH =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          StandardTokenizer source = new StandardTokenizer();
          TokenStream stream = new EnglishPossessiveFilter(source);
          stream = new LowerCaseFilter(stream);
          stream = new StopFilter(stream, EnglishAnalyzer.ENGLISH_STOP_WORDS_SET);
          stream = new ASCIIFoldingFilter(stream);
          stream = new EnglishMinimalStemFilter(stream);
          return new TokenStreamComponents(source, stream);
        }
      };

  /** Folded words, no stemming and no stop words: typo tolerance and prefixes work on these. */
  static final Analyzer PLAIN =
      new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
          StandardTokenizer source = new StandardTokenizer();
          TokenStream stream = new ElisionFilter(source, ELISIONS);
          stream = new LowerCaseFilter(stream);
          stream = new ASCIIFoldingFilter(stream);
          return new TokenStreamComponents(source, stream);
        }
      };

  static final Analyzer INDEXING =
      new PerFieldAnalyzerWrapper(
          PLAIN,
          Map.of(
              Fields.NAME_FR, FRENCH,
              Fields.DESCRIPTION_FR, FRENCH,
              Fields.ORGANIZATION_FR, FRENCH,
              Fields.TAXONOMY_FR, FRENCH,
              Fields.NAME_EN, ENGLISH,
              Fields.DESCRIPTION_EN, ENGLISH,
              Fields.ORGANIZATION_EN, ENGLISH,
              Fields.TAXONOMY_EN, ENGLISH));

  private Analyzers() {}

  static Analyzer forField(String field) {
    return field.endsWith("_fr") ? FRENCH : field.endsWith("_en") ? ENGLISH : PLAIN;
  }
}
