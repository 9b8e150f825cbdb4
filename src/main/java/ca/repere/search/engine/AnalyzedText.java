package ca.repere.search.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.BytesTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.TermFrequencyAttribute;
import org.apache.lucene.analysis.tokenattributes.TermToBytesRefAttribute;
import org.apache.lucene.document.Field;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexableFieldType;
import org.apache.lucene.util.AttributeFactory;
import org.apache.lucene.util.BytesRef;

/**
 * The words one analyzer made of a text, each once with how many times it came, kept to be indexed
 * again without analysing the text again: the same organization name, taxonomy term or colloquial
 * phrase appears in thousands of documents, and a service's texts in each of its locations'
 * documents. As the text fields keep no positions (no phrase query), indexing the bag gives the
 * index exactly what indexing the text gives: the same terms, term frequencies and field lengths
 * (hence norms).
 */
final class AnalyzedText {

  static final AnalyzedText EMPTY = new AnalyzedText(new BytesRef[0], new int[0]);

  private final BytesRef[] terms;
  private final int[] frequencies;

  private AnalyzedText(BytesRef[] terms, int[] frequencies) {
    this.terms = terms;
    this.frequencies = frequencies;
  }

  /** Runs {@code analyzer} over {@code text} once. */
  static AnalyzedText of(Analyzer analyzer, String text) {
    Map<BytesRef, int[]> counts = new LinkedHashMap<>();
    try (TokenStream stream = analyzer.tokenStream("", text)) {
      TermToBytesRefAttribute term = stream.getAttribute(TermToBytesRefAttribute.class);
      PositionIncrementAttribute increment = stream.addAttribute(PositionIncrementAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        if (increment.getPositionIncrement() == 0) {
          // a stacked token (a synonym) does not count in the field's length: a bag cannot say so
          throw new IllegalStateException("an indexing chain stacks tokens: " + analyzer);
        }
        BytesRef bytes = term.getBytesRef();
        int[] count = counts.get(bytes);
        if (count == null) {
          counts.put(BytesRef.deepCopyOf(bytes), new int[] {1});
        } else {
          count[0]++;
        }
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e); // a string reader does not fail
    }
    return of(counts);
  }

  /** The words of several texts together, as if they were one. */
  static AnalyzedText concat(List<AnalyzedText> texts) {
    Map<BytesRef, int[]> counts = new LinkedHashMap<>();
    for (AnalyzedText text : texts) {
      for (int i = 0; i < text.terms.length; i++) {
        counts.computeIfAbsent(text.terms[i], t -> new int[1])[0] += text.frequencies[i];
      }
    }
    return of(counts);
  }

  private static AnalyzedText of(Map<BytesRef, int[]> counts) {
    if (counts.isEmpty()) {
      return EMPTY;
    }
    BytesRef[] terms = counts.keySet().toArray(BytesRef[]::new);
    int[] frequencies = counts.values().stream().mapToInt(c -> c[0]).toArray();
    return new AnalyzedText(terms, frequencies);
  }

  boolean isEmpty() {
    return terms.length == 0;
  }

  /** How many words the text had (the field length it adds). */
  int length() {
    return Arrays.stream(frequencies).sum();
  }

  /** Each distinct word and how many times it came. */
  Map<String, Integer> counts() {
    Map<String, Integer> counts = new LinkedHashMap<>();
    for (int i = 0; i < terms.length; i++) {
      counts.put(terms[i].utf8ToString(), frequencies[i]);
    }
    return counts;
  }

  /**
   * A field of these words. It must not index positions (Lucene refuses term frequencies given with
   * positions), nor norms without frequencies (it refuses frequencies it does not index, so each
   * word comes once then).
   */
  Field field(String name, IndexableFieldType type) {
    if (type.indexOptions().compareTo(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS) >= 0) {
      throw new IllegalArgumentException(name + " indexes positions: it needs the text itself");
    }
    if (type.indexOptions() == IndexOptions.DOCS && !type.omitNorms()) {
      throw new IllegalArgumentException(name + " has norms but no frequencies to count them");
    }
    return new Indexed(name, type, this);
  }

  /** A field whose stream is this bag; the writer hands each field the stream of the previous. */
  private static final class Indexed extends Field {

    private final AnalyzedText words;

    Indexed(String name, IndexableFieldType type, AnalyzedText words) {
      super(name, type);
      this.words = words;
    }

    @Override
    public TokenStream tokenStream(Analyzer analyzer, TokenStream reuse) {
      Replay replay = reuse instanceof Replay r ? r : new Replay();
      replay.words = words;
      replay.withFrequencies = fieldType().indexOptions() != IndexOptions.DOCS;
      return replay;
    }

    @Override
    public String toString() {
      return name() + ":" + words.counts();
    }
  }

  /** Gives each word once, with its frequency. */
  private static final class Replay extends TokenStream {

    private final BytesTermAttribute term;
    private final TermFrequencyAttribute frequency;
    private AnalyzedText words = EMPTY;
    private boolean withFrequencies;
    private int next;

    Replay() {
      super(AttributeFactory.DEFAULT_ATTRIBUTE_FACTORY);
      term = addAttribute(BytesTermAttribute.class); // UTF-8 already: no conversion per token
      frequency = addAttribute(TermFrequencyAttribute.class);
      addAttribute(PositionIncrementAttribute.class);
    }

    @Override
    public boolean incrementToken() {
      if (next == words.terms.length) {
        return false;
      }
      clearAttributes();
      term.setBytesRef(words.terms[next]);
      if (withFrequencies) {
        frequency.setTermFrequency(words.frequencies[next]);
      }
      next++;
      return true;
    }

    @Override
    public void reset() {
      next = 0;
    }
  }
}
