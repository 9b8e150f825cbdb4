package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.core.WhitespaceAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.junit.jupiter.api.Test;

/**
 * Indexing analysed words again gives the index exactly what indexing the texts gives: the same
 * terms, frequencies and norms (so the same scores).
 */
class AnalyzedTextTests {

  private static final List<String> TEXTS =
      List.of(
          "Banque alimentaire de l'Île-d'Orléans : dépannage alimentaire et repas l'été",
          "Food bank and the children's meals; the food is free",
          "aide aide AIDE à l'aide d'urgence",
          "le la les", // only stop words in French
          "Hébergement d'urgence pour femmes");

  @Test
  void indexesTheSameTermsFrequenciesAndNormsAsTheText() throws IOException {
    for (IndexOptions options : List.of(IndexOptions.DOCS_AND_FREQS, IndexOptions.DOCS)) {
      FieldType type = new FieldType();
      type.setTokenized(true);
      type.setIndexOptions(options);
      type.setOmitNorms(options == IndexOptions.DOCS);
      type.freeze();
      for (Analyzer analyzer : List.of(Analyzers.FRENCH, Analyzers.ENGLISH, Analyzers.PLAIN)) {
        Document texts = new Document();
        Document words = new Document();
        for (String text : TEXTS) {
          texts.add(new Field("f", text, type));
          words.add(AnalyzedText.of(analyzer, text).field("f", type));
        }
        words.add(
            AnalyzedText.concat(TEXTS.stream().map(t -> AnalyzedText.of(analyzer, t)).toList())
                .field("g", type));
        TEXTS.forEach(t -> texts.add(new Field("g", t, type)));
        assertThat(postings(words, analyzer)).isEqualTo(postings(texts, analyzer)).isNotEmpty();
      }
    }
  }

  @Test
  void keepsEachWordOnceWithItsFrequency() {
    AnalyzedText text = AnalyzedText.of(Analyzers.FRENCH, "l'aide, aide et entraide à Montréal");
    assertThat(text.counts())
        .containsExactly(Map.entry("aide", 2), Map.entry("entraid", 1), Map.entry("montreal", 1));
    assertThat(text.length()).isEqualTo(4);
    assertThat(AnalyzedText.of(Analyzers.FRENCH, "et le la").isEmpty()).isTrue();
  }

  @Test
  void refusesAFieldThatKeepsPositionsOrNormsWithoutFrequencies() {
    FieldType docsWithNorms = new FieldType();
    docsWithNorms.setTokenized(true);
    docsWithNorms.setIndexOptions(IndexOptions.DOCS);
    assertThatThrownBy(() -> AnalyzedText.of(Analyzers.PLAIN, "aide").field("f", docsWithNorms))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(
            () -> AnalyzedText.of(Analyzers.PLAIN, "aide").field("f", TextField.TYPE_NOT_STORED))
        .isInstanceOf(IllegalArgumentException.class);
  }

  /** Every term of fields f and g with its frequency, and the norms, of the one document. */
  private static Map<String, Object> postings(Document doc, Analyzer analyzer) throws IOException {
    Map<String, Object> found = new TreeMap<>();
    try (ByteBuffersDirectory dir = new ByteBuffersDirectory()) {
      Analyzer perField =
          new PerFieldAnalyzerWrapper(analyzer, Map.of("x", new WhitespaceAnalyzer()));
      try (IndexWriter writer = new IndexWriter(dir, new IndexWriterConfig(perField))) {
        writer.addDocument(doc);
      }
      try (DirectoryReader reader = DirectoryReader.open(dir)) {
        LeafReader leaf = reader.leaves().get(0).reader();
        for (String field : List.of("f", "g")) {
          Terms terms = leaf.terms(field);
          TermsEnum te = terms.iterator();
          while (te.next() != null) {
            PostingsEnum pe = te.postings(null, PostingsEnum.FREQS);
            pe.nextDoc();
            found.put(field + ":" + te.term().utf8ToString(), pe.freq());
          }
          NumericDocValues norms = leaf.getNormValues(field);
          if (norms != null) {
            norms.nextDoc();
            found.put(field + " norm", norms.longValue());
          }
        }
      }
    }
    return found;
  }
}
