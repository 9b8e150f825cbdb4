package ca.repere.search.engine;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Language;
import ca.repere.directory.Located;
import ca.repere.directory.Schedule;
import ca.repere.directory.ServiceArea;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.shared.GeoPoint;
import ca.repere.shared.LocalizedText;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.BinaryDocValuesField;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LatLonDocValuesField;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.SortedSetDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.springframework.stereotype.Component;

/**
 * Turns a service (its public view only: no confidential point, no staff-only phone or note) into
 * index documents: one per location, or one when it has none (phone-only, virtual).
 */
@Component
class ServiceDocuments {

  /** Audience terms are categories in HSDS, but a filter of their own here. */
  private static final String AUDIENCE_PREFIX = "AUD-";

  /**
   * Indexed for relevance (term frequencies, field lengths), without positions: no phrase query.
   */
  private static final FieldType WORDS = textType(IndexOptions.DOCS_AND_FREQS, false);

  /** {@link Fields#PLAIN} is only matched (typos, known words), never scored. */
  private static final FieldType MATCHED_WORDS = textType(IndexOptions.DOCS, true);

  /** Texts shared by many documents analysed once are kept until there are this many. */
  private static final int SHARED_TEXTS = 50_000;

  private final TaxonomyCatalog taxonomy;
  private final ConceptDictionary concepts;

  /**
   * Analysed organization names, taxonomy terms and phrases, per chain: each appears in many
   * documents, and was analysed again for each of them (most of a rebuild's time).
   */
  private final List<Map<String, AnalyzedText>> shared =
      List.of(new ConcurrentHashMap<>(), new ConcurrentHashMap<>(), new ConcurrentHashMap<>());

  private final Map<String, CategoryWords> categories = new ConcurrentHashMap<>();
  private final Map<String, CategorySetWords> categorySets = new ConcurrentHashMap<>();

  ServiceDocuments(TaxonomyCatalog taxonomy, ConceptDictionary concepts) {
    this.taxonomy = taxonomy;
    this.concepts = concepts;
  }

  private static FieldType textType(IndexOptions options, boolean omitNorms) {
    FieldType type = new FieldType();
    type.setTokenized(true);
    type.setIndexOptions(options);
    type.setOmitNorms(omitNorms);
    type.freeze();
    return type;
  }

  /** The analysis chains, in the order of {@link #shared}. */
  private enum Chain {
    FRENCH(Analyzers.FRENCH),
    ENGLISH(Analyzers.ENGLISH),
    PLAIN(Analyzers.PLAIN);

    final Analyzer analyzer;

    Chain(Analyzer analyzer) {
      this.analyzer = analyzer;
    }
  }

  /** Nothing when the service is not public on {@code day}. */
  List<Document> of(CompiledService compiled, LocalDate day) {
    if (!compiled.isPublicOn(day)) {
      return List.of();
    }
    CompiledService service = compiled.publicView();
    Set<String> codes = new LinkedHashSet<>();
    service.categories().forEach(term -> codes.addAll(taxonomy.codesOf(term)));
    Texts texts = new Texts(service.locations().size() > 1);
    List<Document> documents = new ArrayList<>();
    for (Located located : service.locations()) {
      Document doc = texts.common(service, codes);
      texts.addLocation(doc, service, located, day);
      card(doc, ResultCards.of(service, java.util.Optional.of(located), day));
      ids(
          doc,
          new ResultIds(
              service.service().id(),
              located.location().id(),
              located.location().confidential() ? null : located.location().point()));
      documents.add(doc);
    }
    if (documents.isEmpty()) {
      Document doc = texts.common(service, codes);
      doc.add(new StringField(Fields.KEY, service.service().id().toString(), Field.Store.NO));
      addHours(doc, OpeningHours.of(service.schedules(), day));
      addLanguages(doc, service.languages());
      facet(doc, Fields.WHEELCHAIR, "false");
      card(doc, ResultCards.of(service, java.util.Optional.empty(), day));
      ids(doc, new ResultIds(service.service().id(), null, null));
      documents.add(doc);
    }
    return documents;
  }

  /**
   * The documents of one service: its texts are analysed once for all its locations' documents, and
   * texts found in many services once for all of them.
   */
  private final class Texts {

    private final List<Map<String, AnalyzedText>> own =
        List.of(new HashMap<>(), new HashMap<>(), new HashMap<>());

    /**
     * Whether the service's own texts go into several documents (else the writer analyses them).
     */
    private final boolean several;

    Texts(boolean several) {
      this.several = several;
    }

    private Document common(CompiledService s, Set<String> codes) {
      Document doc = new Document();
      UUID id = s.service().id();
      doc.add(new StringField(Fields.SERVICE_ID, id.toString(), Field.Store.YES));
      text(doc, Fields.NAME_FR, Fields.NAME_EN, s.service().name(), false);
      text(doc, Fields.NAME_FR, Fields.NAME_EN, s.service().alternateName(), false);
      text(doc, Fields.DESCRIPTION_FR, Fields.DESCRIPTION_EN, s.service().description(), false);
      text(
          doc,
          Fields.DESCRIPTION_FR,
          Fields.DESCRIPTION_EN,
          s.service().eligibilityDescription(),
          false);
      text(doc, Fields.ORGANIZATION_FR, Fields.ORGANIZATION_EN, s.organization().name(), true);
      text(
          doc,
          Fields.ORGANIZATION_FR,
          Fields.ORGANIZATION_EN,
          s.organization().alternateName(),
          true);
      stored(doc, Fields.STORED_NAME_FR, s.service().name().in(ca.repere.shared.Lang.FR));
      stored(doc, Fields.STORED_NAME_EN, s.service().name().in(ca.repere.shared.Lang.EN));
      prefixes(doc, s.service().name(), false);
      prefixes(doc, s.organization().name(), true);
      addCategories(doc, s, codes);
      addAreas(doc, s.serviceAreas());
      boolean free = ServiceTraits.isFree(s);
      facet(doc, Fields.FREE, String.valueOf(free));
      ServiceTraits.audiences(s, codes).forEach(a -> facet(doc, Fields.AUDIENCE, a));
      long endDay =
          s.service().endDate() == null ? Long.MAX_VALUE : s.service().endDate().toEpochDay();
      doc.add(new LongPoint(Fields.END_DAY, endDay));
      doc.add(new NumericDocValuesField(Fields.END_DAY, endDay));
      return doc;
    }

    private void addCategories(Document doc, CompiledService s, Set<String> codes) {
      for (String code : codes) {
        doc.add(new StringField(Fields.CATEGORY, code, Field.Store.NO));
        if (!code.startsWith(AUDIENCE_PREFIX)) {
          facet(doc, taxonomy.isTopLevel(code) ? Fields.TOP_CATEGORY : Fields.SUBCATEGORY, code);
        }
      }
      CategoryWords words = categoryWords(codes);
      addWords(doc, Fields.TAXONOMY_FR, words.french());
      addWords(doc, Fields.TAXONOMY_EN, words.english());
      addWords(doc, Fields.PLAIN, words.plain());
      for (TaxonomyTerm term : s.categories()) {
        text(doc, Fields.TAXONOMY_FR, Fields.TAXONOMY_EN, term.name(), true);
      }
    }

    private void addLocation(Document doc, CompiledService s, Located located, LocalDate day) {
      doc.add(
          new StringField(Fields.KEY, located.serviceAtLocation().id().toString(), Field.Store.NO));
      GeoPoint point = located.location().confidential() ? null : located.location().point();
      if (point != null) {
        doc.add(new LatLonPoint(Fields.POINT, point.latitude(), point.longitude()));
        doc.add(new LatLonDocValuesField(Fields.POINT, point.latitude(), point.longitude()));
      }
      text(doc, Fields.NAME_FR, Fields.NAME_EN, located.location().name(), false);
      text(
          doc,
          Fields.DESCRIPTION_FR,
          Fields.DESCRIPTION_EN,
          located.serviceAtLocation().description(),
          false);
      addHours(doc, OpeningHours.of(schedulesAt(s, located), day));
      addLanguages(doc, located.languages().isEmpty() ? s.languages() : located.languages());
      facet(doc, Fields.WHEELCHAIR, String.valueOf(ServiceTraits.isWheelchairAccessible(located)));
    }

    /**
     * Adds each language of {@code text} to its field and to {@link Fields#PLAIN}; {@code common}
     * for a text many services share.
     */
    private void text(
        Document doc, String frField, String enField, LocalizedText text, boolean common) {
      if (text == null) {
        return;
      }
      if (text.fr() != null) {
        add(doc, frField, Chain.FRENCH, text.fr(), common);
        add(doc, Fields.PLAIN, Chain.PLAIN, text.fr(), common);
      }
      if (text.en() != null) {
        add(doc, enField, Chain.ENGLISH, text.en(), common);
        add(doc, Fields.PLAIN, Chain.PLAIN, text.en(), common);
      }
    }

    /** Both languages of a name, for autocomplete. */
    private void prefixes(Document doc, LocalizedText name, boolean common) {
      for (String text : new String[] {name.fr(), name.en()}) {
        if (text != null && !text.isEmpty()) {
          add(doc, Fields.NAME_PREFIX, Chain.PLAIN, text, common);
        }
      }
    }

    /** Adds {@code text} to {@code field} as {@code chain} analyses it. */
    private void add(Document doc, String field, Chain chain, String text, boolean common) {
      if (common || several) {
        addWords(doc, field, analyzed(chain, text, common));
      } else {
        // analysed by the writer (Analyzers.INDEXING gives the field this chain), with less garbage
        doc.add(new Field(field, text, typeOf(field)));
      }
    }

    private AnalyzedText analyzed(Chain chain, String text, boolean common) {
      Map<String, AnalyzedText> cache = (common ? shared : own).get(chain.ordinal());
      AnalyzedText analyzed = cache.get(text);
      if (analyzed == null) {
        analyzed = AnalyzedText.of(chain.analyzer, text);
        if (!common || cache.size() < SHARED_TEXTS) {
          cache.put(text, analyzed);
        }
      }
      return analyzed;
    }
  }

  private static FieldType typeOf(String field) {
    return field.equals(Fields.PLAIN) ? MATCHED_WORDS : WORDS;
  }

  /** Adds analysed words to {@code field}. */
  private static void addWords(Document doc, String field, AnalyzedText words) {
    if (!words.isEmpty()) {
      doc.add(words.field(field, typeOf(field)));
    }
  }

  /**
   * The words a category gives a document: its name (both languages, and folded) and every phrase
   * that means it, in French and English, analysed once for all the services of the category.
   */
  private record CategoryWords(
      TaxonomyTerm term,
      Set<String> phrases,
      AnalyzedText french,
      AnalyzedText english,
      AnalyzedText plain) {}

  /**
   * The words of a service's categories together: a word in several of them (a category and its
   * parent often share some) is given to the writer once, with its frequencies added.
   */
  private record CategorySetWords(List<CategoryWords> parts, CategoryWords words) {}

  private CategoryWords categoryWords(Set<String> codes) {
    List<CategoryWords> parts = new ArrayList<>(codes.size());
    for (String code : codes) {
      parts.add(categoryWords(code));
    }
    if (parts.size() == 1) {
      return parts.get(0);
    }
    String key = String.join(" ", codes);
    CategorySetWords known = categorySets.get(key);
    if (known != null && sameInstances(known.parts(), parts)) {
      return known.words();
    }
    CategoryWords words =
        new CategoryWords(
            null,
            null,
            AnalyzedText.concat(parts.stream().map(CategoryWords::french).toList()),
            AnalyzedText.concat(parts.stream().map(CategoryWords::english).toList()),
            AnalyzedText.concat(parts.stream().map(CategoryWords::plain).toList()));
    if (categorySets.size() >= SHARED_TEXTS) {
      categorySets.clear();
    }
    categorySets.put(key, new CategorySetWords(parts, words));
    return words;
  }

  private static boolean sameInstances(List<?> a, List<?> b) {
    if (a.size() != b.size()) {
      return false;
    }
    for (int i = 0; i < a.size(); i++) {
      if (a.get(i) != b.get(i)) {
        return false;
      }
    }
    return true;
  }

  /** A category's words, analysed again only when the catalog or dictionary was reloaded. */
  private CategoryWords categoryWords(String code) {
    TaxonomyTerm term = taxonomy.byCode().get(code);
    Set<String> phrases = concepts.phrasesOf(code);
    CategoryWords words = categories.get(code);
    if (words != null && words.term() == term && words.phrases() == phrases) {
      return words;
    }
    List<AnalyzedText> french = new ArrayList<>();
    List<AnalyzedText> english = new ArrayList<>();
    List<AnalyzedText> plain = new ArrayList<>();
    if (term != null && term.name() != null) {
      if (term.name().fr() != null) {
        french.add(AnalyzedText.of(Analyzers.FRENCH, term.name().fr()));
        plain.add(AnalyzedText.of(Analyzers.PLAIN, term.name().fr()));
      }
      if (term.name().en() != null) {
        english.add(AnalyzedText.of(Analyzers.ENGLISH, term.name().en()));
        plain.add(AnalyzedText.of(Analyzers.PLAIN, term.name().en()));
      }
    }
    for (String phrase : phrases) {
      french.add(AnalyzedText.of(Analyzers.FRENCH, phrase));
      english.add(AnalyzedText.of(Analyzers.ENGLISH, phrase));
    }
    words =
        new CategoryWords(
            term,
            phrases,
            AnalyzedText.concat(french),
            AnalyzedText.concat(english),
            AnalyzedText.concat(plain));
    categories.put(code, words);
    return words;
  }

  private static void addAreas(Document doc, List<ServiceArea> areas) {
    boolean provinceWide = false;
    for (ServiceArea area : areas) {
      String territory = area.territory();
      if (territory == null) {
        continue;
      }
      if (territory.startsWith("radius:")) {
        doc.add(new StringField(Fields.RADIUS_AREA, territory, Field.Store.YES));
      } else {
        doc.add(new StringField(Fields.AREA, territory, Field.Store.NO));
        provinceWide |= territory.equals("qc");
      }
    }
    doc.add(new StringField(Fields.PROVINCE_WIDE, String.valueOf(provinceWide), Field.Store.NO));
  }

  /** The hours of this location: its own rows first, else the service's general ones. */
  static List<Schedule> schedulesAt(CompiledService s, Located located) {
    UUID salId = located.serviceAtLocation().id();
    UUID locationId = located.location().id();
    List<Schedule> specific =
        s.schedules().stream()
            .filter(x -> salId.equals(x.serviceAtLocationId()) || locationId.equals(x.locationId()))
            .toList();
    if (!specific.isEmpty()) {
      return specific;
    }
    if (!located.schedules().isEmpty()) {
      return located.schedules();
    }
    return s.schedules().stream()
        .filter(x -> x.locationId() == null && x.serviceAtLocationId() == null)
        .toList();
  }

  private static void addHours(Document doc, OpeningHours hours) {
    for (OpeningHours.Interval interval : hours.intervals()) {
      doc.add(
          new IntRange(Fields.OPEN, new int[] {interval.start()}, new int[] {interval.end() - 1}));
    }
    doc.add(
        new StringField(Fields.ALWAYS_OPEN, String.valueOf(hours.isAlwaysOpen()), Field.Store.NO));
  }

  private static void addLanguages(Document doc, List<Language> languages) {
    languages.stream()
        .map(Language::code)
        .filter(c -> c != null && !c.isBlank())
        .map(c -> c.trim().toLowerCase(java.util.Locale.ROOT))
        .map(c -> c.length() > 2 ? c.substring(0, 2) : c)
        .distinct()
        .forEach(code -> facet(doc, Fields.LANGUAGE, code));
  }

  private static void facet(Document doc, String field, String value) {
    doc.add(new StringField(field, value, Field.Store.NO));
    doc.add(new SortedSetDocValuesField(field, new BytesRef(value)));
  }

  /** Kept in doc values, not stored fields: a page reads ten cards without decompressing blocks. */
  private static void card(Document doc, ca.repere.search.ResultCard card) {
    doc.add(new BinaryDocValuesField(Fields.CARD, new BytesRef(ResultCards.encode(card))));
  }

  private static void ids(Document doc, ResultIds ids) {
    doc.add(new BinaryDocValuesField(Fields.IDS, ids.encode()));
  }

  private static void stored(Document doc, String field, String value) {
    if (value != null) {
      doc.add(new StoredField(field, value));
    }
  }
}
