package ca.repere.search.engine;

import ca.repere.geography.Geography;
import ca.repere.geography.Place;
import ca.repere.geography.PlaceType;
import ca.repere.geography.UnknownPlaceException;
import ca.repere.search.Search;
import ca.repere.search.SearchHit;
import ca.repere.search.SearchQuery;
import ca.repere.search.SearchResults;
import ca.repere.search.Suggestion;
import ca.repere.shared.GeoPoint;
import ca.repere.shared.Lang;
import java.time.Clock;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.lucene.document.IntRange;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.ConstantScoreQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PrefixQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The search engine: understands the need (concepts, words in either language, typos), resolves the
 * place, ranks by relevance, coverage and distance, counts facets, and relaxes a search that finds
 * nothing (first the area, then the words) rather than show an empty page.
 */
@Component
class LuceneSearch implements Search {

  static final double DEFAULT_RADIUS_KM = 50;
  private static final float SUBCATEGORY_BOOST = 6f;
  private static final float CATEGORY_BOOST = 4f;
  private static final float ANY_WORD_BOOST = 0.3f;

  /**
   * The weight of the words when every one of them belongs to a need phrase ("aide alimentaire",
   * "food bank", "j'ai faim"): the category is what was asked, and the words only order its
   * services, so a "pension alimentaire" service that happens to contain "aide" and "alimentaire"
   * does not outrank the food banks.
   */
  private static final float EXPLAINED_WORDS_WEIGHT = 0.1f;

  private final SearchIndex index;
  private final ConceptDictionary concepts;
  private final ObjectProvider<Geography> geographyProvider;

  /** The geography once found: asking Spring for it on each search cost 3 % of the search. */
  private volatile Geography geography;

  /** The service areas with a radius to check (a prefix query builds an automaton). */
  private static final Query RADIUS_AREAS =
      new PrefixQuery(new Term(Fields.RADIUS_AREA, "radius:"));

  private final TaxonomyCatalog taxonomy;
  private final Clock clock;
  private final WordClauses wordClauses = new WordClauses();
  private final FilterBits filterBits = new FilterBits();
  private final FacetBits facetBits = new FacetBits();
  private volatile ShortPlaceNames shortNames;
  private volatile List<ca.repere.geography.Municipality> shortNamesOf;

  /** Searches running at once, the others waiting their turn. */
  private final Turns turns;

  LuceneSearch(
      SearchIndex index,
      ConceptDictionary concepts,
      ObjectProvider<Geography> geography,
      TaxonomyCatalog taxonomy,
      Optional<Clock> clock,
      @Value("${repere.search.concurrency:0}") int concurrency) {
    this.turns = new Turns(concurrency);
    this.index = index;
    this.concepts = concepts;
    this.geographyProvider = geography;
    this.taxonomy = taxonomy;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  @Override
  public Timed<SearchResults> searchTimed(SearchQuery query) {
    return turns.take(() -> searchNow(query));
  }

  private SearchResults searchNow(SearchQuery query) {
    String text = query.text() == null ? "" : query.text().strip();
    Place place = null;
    SearchResults.PlaceProblem problem = null;
    if (query.where() != null && !query.where().isBlank()) {
      try {
        place = resolve(query.where().strip());
      } catch (UnknownPlaceException e) {
        problem = new SearchResults.PlaceProblem(e.input(), e.suggestions());
      }
    } else if (geography() != null) {
      // "banque alimentaire rimouski": the place written in the need
      Optional<PlaceInText.Found> written =
          PlaceInText.find(text, geography(), shortNames(), concepts);
      if (written.isPresent()) {
        place = written.get().place();
        text = written.get().need();
      }
    }
    ConceptDictionary.Interpretation needs = concepts.interpret(text);
    Lang lang = query.lang() == null ? Lang.DEFAULT : query.lang();
    double radius = query.radiusKm() != null ? query.radiusKm() : DEFAULT_RADIUS_KM;
    Attempt asked = new Attempt(query, text, lang, needs, place, radius, false);
    Place resolved = place;
    SearchResults.PlaceProblem placeProblem = problem;
    // one searcher for every attempt and the page: document numbers stay valid throughout
    return index.withSearcher(
        searcher -> {
          List<String> relaxations = new ArrayList<>();
          Attempt attempt = asked;
          Candidates found = run(searcher, attempt);
          if (found.total() == 0 && resolved != null) {
            attempt = attempt.widened();
            found = run(searcher, attempt);
            relaxations.add("area");
          }
          if (found.total() == 0
              && !wordClauses.of(searcher, asked.text(), lang, false).isEmpty()) {
            attempt = attempt.fuzzier();
            found = run(searcher, attempt);
            relaxations.add("fuzzy");
          }
          return page(searcher, query, found, resolved, placeProblem, relaxations, needs);
        });
  }

  /** Runs one attempt, keeping only the candidates that can reach the asked page. */
  private Candidates run(IndexSearcher searcher, Attempt a) throws java.io.IOException {
    SearchQuery q = a.query();
    boolean byDistance = q.sort() == SearchQuery.Sort.DISTANCE && a.place() != null;
    int keep = Math.max(1, q.page()) * Math.max(1, q.pageSize());
    return Candidates.collect(
        searcher,
        query(a, wordClauses.of(searcher, a.text(), a.lang(), a.anyWord())),
        scope(searcher, a),
        filterBits,
        facetBits,
        byDistance ? Candidates.BY_DISTANCE : Candidates.BY_RELEVANCE,
        keep);
  }

  /** One way of running the query: as asked, or relaxed. */
  private record Attempt(
      SearchQuery query,
      String text,
      Lang lang,
      ConceptDictionary.Interpretation needs,
      Place place,
      double radiusKm,
      boolean anyWord) {

    Attempt widened() {
      return new Attempt(query, text, lang, needs, place, Double.MAX_VALUE, anyWord);
    }

    Attempt fuzzier() {
      return new Attempt(query, text, lang, needs, place, radiusKm, true);
    }
  }

  private Query query(Attempt a, List<Query> words) {
    BooleanQuery.Builder builder = new BooleanQuery.Builder();
    builder.add(need(a, words), Occur.MUST);
    // Without a category, every match has the need's words, so the any-word boost would only add
    // 0.3 times the same score to each: the order is the same, for a second walk over the words.
    // In a relaxed search the need's words are already any of them: the boost is folded into them.
    if (words.size() > 1 && !a.needs().codes().isEmpty() && !a.anyWord()) {
      builder.add(
          new BoostQuery(
              TextQueries.combine(words, TextQueries.Match.ANY_WORD), ANY_WORD_BOOST * weight(a)),
          Occur.SHOULD);
    }
    filters(a.query()).forEach(f -> builder.add(f, Occur.FILTER));
    return builder.build();
  }

  /** The need: the words, or a category the words stand for. */
  private Query need(Attempt a, List<Query> words) {
    if (words.isEmpty() && a.needs().isEmpty()) {
      return new ConstantScoreQuery(new MatchAllDocsQuery());
    }
    BooleanQuery.Builder need = new BooleanQuery.Builder().setMinimumNumberShouldMatch(1);
    if (!words.isEmpty()) {
      TextQueries.Match match =
          a.anyWord() ? TextQueries.Match.ANY_WORD : TextQueries.Match.ALL_WORDS;
      Query text = TextQueries.combine(words, match);
      float weight = weight(a) * (a.anyWord() && words.size() > 1 ? 1 + ANY_WORD_BOOST : 1);
      need.add(weight == 1 ? text : new BoostQuery(text, weight), Occur.SHOULD);
    }
    for (String code : a.needs().codes()) {
      float boost = taxonomy.isTopLevel(code) ? CATEGORY_BOOST : SUBCATEGORY_BOOST;
      need.add(
          new BoostQuery(
              new ConstantScoreQuery(new TermQuery(new Term(Fields.CATEGORY, code))), boost),
          Occur.SHOULD);
    }
    return need.build();
  }

  /** The weight of the words against the categories they stand for. */
  private static float weight(Attempt a) {
    return isExplained(a) ? EXPLAINED_WORDS_WEIGHT : 1;
  }

  /** Every word of the need is part of a phrase of the concept dictionary. */
  private static boolean isExplained(Attempt a) {
    if (a.needs().codes().isEmpty()) {
      return false;
    }
    int covered = a.needs().phrases().stream().mapToInt(p -> p.split(" ").length).sum();
    return covered >= ConceptDictionary.words(a.text()).size();
  }

  private List<Query> filters(SearchQuery q) {
    List<Query> filters = new ArrayList<>();
    anyOf(Fields.CATEGORY, q.categories()).ifPresent(filters::add);
    anyOf(Fields.LANGUAGE, q.languages()).ifPresent(filters::add);
    anyOf(Fields.AUDIENCE, q.audiences()).ifPresent(filters::add);
    if (q.freeOnly()) {
      filters.add(new TermQuery(new Term(Fields.FREE, "true")));
    }
    if (q.wheelchairAccessible()) {
      filters.add(new TermQuery(new Term(Fields.WHEELCHAIR, "true")));
    }
    return filters;
  }

  private static Optional<Query> anyOf(String field, Set<String> values) {
    if (values == null || values.isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(
        new TermInSetQuery(field, values.stream().map(v -> new BytesRef(v)).toList()));
  }

  /** Open at a moment: its weekly hours, except on a statutory holiday (24/7 services only). */
  static Query openAt(ZonedDateTime moment) {
    ZonedDateTime local = moment.withZoneSameInstant(OpeningHours.QUEBEC);
    if (QuebecHolidays.isHoliday(local.toLocalDate())) {
      return new TermQuery(new Term(Fields.ALWAYS_OPEN, "true"));
    }
    int minute = OpeningHours.minuteOfWeek(local);
    return IntRange.newIntersectsQuery(Fields.OPEN, new int[] {minute}, new int[] {minute});
  }

  private Candidates.Scope scope(IndexSearcher searcher, Attempt a) throws java.io.IOException {
    Geography geo = geography();
    return new Candidates.Scope(
        a.place(),
        a.place() == null ? null : serves(a.place()),
        a.place() == null || geo == null ? null : servesPart(searcher, a.place(), geo),
        new TermQuery(new Term(Fields.PROVINCE_WIDE, "true")),
        a.place() == null ? null : RADIUS_AREAS,
        (territory, place) -> geo != null && geo.covers(territory, place),
        a.radiusKm(),
        openAt(ZonedDateTime.now(clock)),
        required(a.query()));
  }

  /**
   * The filters of every search that do not depend on its words: public today, and open at the
   * asked moment. Their documents are kept per index version and minute ({@link FilterBits}), where
   * a range query would walk the whole index again for each search.
   */
  private List<Query> required(SearchQuery q) {
    List<Query> required = new ArrayList<>();
    required.add(
        LongPoint.newRangeQuery(Fields.END_DAY, index.today().toEpochDay(), Long.MAX_VALUE));
    if (q.openAt() != null) {
      required.add(openAt(q.openAt()));
    }
    return required;
  }

  /** Documents whose service areas contain the place. */
  private Query serves(Place place) {
    return new TermInSetQuery(
        Fields.AREA, servedKeys(place).stream().map(k -> new BytesRef(k)).toList());
  }

  /**
   * For a place spanning several municipalities (a rural FSA, an MRC, a region): documents serving
   * some of it. The territories in the index are few (one per municipality, MRC, region at most),
   * so each is asked once.
   */
  private static Query servesPart(IndexSearcher searcher, Place place, Geography geo)
      throws java.io.IOException {
    boolean spansSeveral =
        switch (place.type()) {
          case MRC, REGION -> true;
          case FSA, POSTAL_CODE -> place.municipalityCode() == null;
          default -> false;
        };
    if (!spansSeveral) {
      return null;
    }
    Set<String> served = servedKeys(place);
    List<BytesRef> partly = new ArrayList<>();
    Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.AREA);
    if (terms != null) {
      TermsEnum territories = terms.iterator();
      for (BytesRef t = territories.next(); t != null; t = territories.next()) {
        String territory = t.utf8ToString();
        if (!served.contains(territory) && geo.overlaps(territory, place)) {
          partly.add(BytesRef.deepCopyOf(t));
        }
      }
    }
    return partly.isEmpty() ? null : new TermInSetQuery(Fields.AREA, partly);
  }

  private static Set<String> servedKeys(Place place) {
    Set<String> keys = new LinkedHashSet<>();
    keys.add("qc");
    if (place.regionCode() != null) {
      keys.add("region:" + place.regionCode());
    }
    if (place.mrcCode() != null) {
      keys.add("mrc:" + place.mrcCode());
    }
    if (place.municipalityCode() != null) {
      keys.add("mun:" + place.municipalityCode());
    }
    return keys;
  }

  private Place resolve(String where) {
    Geography geo = geography();
    if (geo != null) {
      try {
        return geo.resolve(where);
      } catch (UnknownPlaceException e) {
        // "Sainte-Famille": the short name of Sainte-Famille-de-l'Île-d'Orléans
        return shortNames().codeOf(where).flatMap(geo::tryResolve).orElseThrow(() -> e);
      }
    }
    return coordinates(where)
        .map(p -> new Place(PlaceType.POINT, null, where, p, null, null, null))
        .orElseThrow(() -> new UnknownPlaceException(where, List.of()));
  }

  /** Québec's geography, null when the application has none. */
  private Geography geography() {
    Geography known = geography;
    if (known == null) {
      known = geographyProvider.getIfAvailable();
      geography = known;
    }
    return known;
  }

  /** The municipalities' short names, read again when the geography was reloaded. */
  private ShortPlaceNames shortNames() {
    List<ca.repere.geography.Municipality> municipalities = geography().municipalities();
    ShortPlaceNames names = shortNames;
    if (names == null || shortNamesOf != municipalities) {
      names = ShortPlaceNames.of(municipalities);
      shortNames = names;
      shortNamesOf = municipalities;
    }
    return names;
  }

  private static Optional<GeoPoint> coordinates(String where) {
    String[] parts = where.split(",");
    try {
      return parts.length == 2
          ? Optional.of(
              new GeoPoint(
                  Double.parseDouble(parts[0].strip()), Double.parseDouble(parts[1].strip())))
          : Optional.empty();
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private SearchResults page(
      IndexSearcher searcher,
      SearchQuery query,
      Candidates found,
      Place place,
      SearchResults.PlaceProblem problem,
      List<String> relaxations,
      ConceptDictionary.Interpretation needs)
      throws java.io.IOException {
    List<Candidates.Candidate> ranked =
        query.sort() == SearchQuery.Sort.DISTANCE && place != null
            ? found.byDistance()
            : found.byRelevance();
    int size = Math.max(1, query.pageSize());
    int page = Math.max(1, query.page());
    int from = Math.min(ranked.size(), (page - 1) * size);
    List<Candidates.Candidate> window = ranked.subList(from, Math.min(ranked.size(), from + size));
    List<SearchHit> hits = hits(searcher, window, place);
    return new SearchResults(
        hits,
        found.total(),
        page,
        size,
        place,
        problem,
        List.copyOf(relaxations),
        List.copyOf(needs.codes()),
        found.facets());
  }

  /**
   * The results of a page from their doc values (ids, point, card), without reading stored fields:
   * visited in document order, so each segment's values are opened once for the whole page.
   */
  private static List<SearchHit> hits(
      IndexSearcher searcher, List<Candidates.Candidate> window, Place place)
      throws java.io.IOException {
    Integer[] byDoc = new Integer[window.size()];
    for (int i = 0; i < byDoc.length; i++) {
      byDoc[i] = i;
    }
    java.util.Arrays.sort(byDoc, java.util.Comparator.comparingInt(i -> window.get(i).doc()));
    SearchHit[] hits = new SearchHit[window.size()];
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    LeafReaderContext leaf = null;
    BinaryDocValues ids = null;
    BinaryDocValues cards = null;
    for (int i : byDoc) {
      Candidates.Candidate c = window.get(i);
      if (leaf == null || c.doc() >= leaf.docBase + leaf.reader().maxDoc()) {
        leaf = leaves.get(ReaderUtil.subIndex(c.doc(), leaves));
        ids = leaf.reader().getBinaryDocValues(Fields.IDS);
        cards = leaf.reader().getBinaryDocValues(Fields.CARD);
      }
      int doc = c.doc() - leaf.docBase;
      ResultIds id = ResultIds.decode(value(ids, doc));
      BytesRef card = value(cards, doc);
      hits[i] =
          new SearchHit(
              id.service(),
              id.location(),
              c.rank(),
              exactDistance(c, id, place),
              id.point(),
              c.serves(),
              c.maybe(),
              card == null ? null : ResultCards.decode(card.bytes, card.offset, card.length));
    }
    return List.of(hits);
  }

  /** The great-circle distance of a shown result (ranking used a close approximation). */
  private static Double exactDistance(Candidates.Candidate c, ResultIds ids, Place place) {
    if (c.distanceKm() == null || ids.point() == null) {
      return c.distanceKm();
    }
    return place.point().distanceKm(ids.point());
  }

  /** A document's value; the documents of one iterator are asked in increasing order. */
  private static BytesRef value(BinaryDocValues values, int doc) throws java.io.IOException {
    return values != null && values.advanceExact(doc) ? values.binaryValue() : null;
  }

  @Override
  public Optional<ca.repere.shared.LocalizedText> categoryName(String code) {
    return Optional.ofNullable(code == null ? null : taxonomy.byCode().get(code))
        .map(ca.repere.directory.TaxonomyTerm::name)
        .filter(name -> !name.isEmpty());
  }

  @Override
  public List<Suggestion> suggest(String prefix, Lang lang, int limit) {
    return new Suggestions(index, concepts, taxonomy).suggest(prefix, lang, limit);
  }
}
