package ca.repere.search.engine;

import ca.repere.geography.Place;
import ca.repere.shared.GeoPoint;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import org.apache.lucene.document.LatLonPoint;
import org.apache.lucene.geo.GeoEncodingUtils;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.SortedNumericDocValues;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.FixedBitSet;

/**
 * The best documents matching a query, with what ranking needs (text score, whether it serves the
 * place, distance, province-wide), the number of matches and the facet counts of the whole set, in
 * one pass over the matches: only the candidates that can reach the asked page are kept. Ranking:
 * services that serve the person's place come first; within them, the text score decays with
 * distance; province wide lines are kept to two in any ten consecutive results while local services
 * remain.
 *
 * <p>Keeping the best {@code keep} of each class (tier × province-wide or not) is enough for the
 * first {@code keep} results to be exact: the spreading of province-wide lines only moves a line
 * down within its tier, and takes each class in its own order.
 */
final class Candidates {

  static final double DISTANCE_PIVOT_KM = 20;
  private static final double UNKNOWN_DISTANCE_KM = 30;
  private static final double PROVINCE_WIDE_FACTOR = 0.85;
  private static final int PROVINCE_WIDE_PER_WINDOW = 2;
  private static final int WINDOW = 10;

  /** A radius this wide is the whole province: no need to ask which documents are within it. */
  private static final double FAR_KM = 5_000;

  /** The distance filter reaches a little beyond the radius; each match is then measured. */
  private static final double RADIUS_MARGIN = 1.01;

  /** Relevance order: serving first, then rank (ties by document). */
  static final Comparator<Candidate> BY_RELEVANCE =
      Comparator.comparingInt(Candidate::tier)
          .reversed()
          .thenComparing(Comparator.comparingDouble(Candidate::rank).reversed())
          .thenComparingInt(Candidate::doc);

  /** Distance order: serving first, then nearest (no point last), then rank. */
  static final Comparator<Candidate> BY_DISTANCE =
      Comparator.comparingInt(Candidate::tier)
          .reversed()
          .thenComparing(
              (Candidate c) -> c.distanceKm() == null ? Double.MAX_VALUE : c.distanceKm(),
              Comparator.naturalOrder())
          .thenComparing(Comparator.comparingDouble(Candidate::rank).reversed())
          .thenComparingInt(Candidate::doc);

  record Candidate(
      int doc,
      boolean serves,
      boolean maybe,
      Double distanceKm,
      boolean provinceWide,
      double rank) {

    /** Serving the place first, then serving part of it, then the others. */
    int tier() {
      return serves ? 2 : maybe ? 1 : 0;
    }

    int kind() {
      return Candidates.kind(serves, maybe, provinceWide);
    }
  }

  /** What to collect: where the person is (null: nowhere), and the filters known only here. */
  record Scope(
      Place place,
      Query serves,
      Query maybeServes,
      Query provinceWide,
      Query radiusAreas,
      BiPredicate<String, Place> covers,
      double radiusKm,
      Query openNow,
      List<Query> required) {}

  private final Comparator<Candidate> order;
  private final int keep;

  /** Per class, the best {@code keep} so far, worst at the head. */
  @SuppressWarnings("unchecked")
  private final PriorityQueue<Candidate>[] best = new PriorityQueue[6];

  private long total;
  private final Map<String, Map<String, Long>> facets = new TreeMap<>();

  private Candidates(Comparator<Candidate> order, int keep) {
    this.order = order;
    this.keep = Math.max(1, keep);
    for (int i = 0; i < best.length; i++) {
      best[i] = new PriorityQueue<>(order.reversed());
    }
  }

  /**
   * Collects the matches of {@code query}: their number, their facets, and the best {@code keep} of
   * each class in {@code order}.
   */
  static Candidates collect(
      IndexSearcher searcher,
      Query query,
      Scope scope,
      FilterBits filters,
      FacetBits facets,
      Comparator<Candidate> order,
      int keep)
      throws IOException {
    Candidates result = new Candidates(order, keep);
    FixedBitSet[] serves = filters.of(searcher, scope.serves());
    FixedBitSet[] maybe = filters.of(searcher, scope.maybeServes());
    FixedBitSet[] provinceWide = filters.of(searcher, scope.provinceWide());
    FixedBitSet[] radius = filters.of(searcher, scope.radiusAreas());
    FixedBitSet[] openNow = filters.of(searcher, scope.openNow());
    List<FixedBitSet[]> required = new ArrayList<>();
    for (Query filter : scope.required()) {
      required.add(filters.of(searcher, filter));
    }
    FixedBitSet[] inScope = inScope(searcher, scope, filters, serves, maybe, radius, required);
    Query scoped =
        new BooleanQuery.Builder()
            .add(query, Occur.MUST)
            .add(new SegmentBitsQuery(inScope), Occur.FILTER)
            .build();
    Weight weight = searcher.createWeight(searcher.rewrite(scoped), ScoreMode.COMPLETE, 1f);
    for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
      Scorer scorer = weight.scorer(leaf);
      if (scorer != null) {
        int i = leaf.ord;
        result.collectLeaf(
            searcher,
            leaf,
            scorer,
            scope,
            facets,
            serves[i],
            maybe[i],
            provinceWide[i],
            radius[i],
            openNow[i]);
      }
    }
    return result;
  }

  /**
   * Per segment, the documents a search can return: public (the required filters), and, when the
   * person gave a place, serving it, serving part of it, with a service radius to check, or within
   * the search radius (a little beyond, since ranking measures by a close approximation). The
   * search then visits these documents only, instead of every match of its words in the province.
   */
  private static FixedBitSet[] inScope(
      IndexSearcher searcher,
      Scope scope,
      FilterBits filters,
      FixedBitSet[] serves,
      FixedBitSet[] maybe,
      FixedBitSet[] radius,
      List<FixedBitSet[]> required)
      throws IOException {
    GeoPoint origin = scope.place() == null ? null : scope.place().point();
    boolean everywhere = scope.place() == null || (origin != null && scope.radiusKm() >= FAR_KM);
    FixedBitSet[] near =
        everywhere || origin == null
            ? null
            : filters.of(
                searcher,
                LatLonPoint.newDistanceQuery(
                    Fields.POINT,
                    origin.latitude(),
                    origin.longitude(),
                    scope.radiusKm() * 1000 * RADIUS_MARGIN));
    List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
    FixedBitSet[] bits = new FixedBitSet[leaves.size()];
    for (LeafReaderContext leaf : leaves) {
      int i = leaf.ord;
      int maxDoc = Math.max(1, leaf.reader().maxDoc());
      FixedBitSet set = new FixedBitSet(maxDoc);
      if (everywhere) {
        set.set(0, maxDoc);
      } else {
        set.or(serves[i]);
        set.or(maybe[i]);
        set.or(radius[i]);
        if (near != null) {
          set.or(near[i]);
        }
      }
      for (FixedBitSet[] filter : required) {
        set.and(filter[i]);
      }
      bits[i] = set;
    }
    return bits;
  }

  private void collectLeaf(
      IndexSearcher searcher,
      LeafReaderContext leaf,
      Scorer scorer,
      Scope scope,
      FacetBits facetBits,
      FixedBitSet serves,
      FixedBitSet maybe,
      FixedBitSet provinceWide,
      FixedBitSet radius,
      FixedBitSet open)
      throws IOException {
    Bits live = leaf.reader().getLiveDocs();
    Nearness.Points points = scope.place() == null ? null : Nearness.POINTS.of(leaf.reader());
    FixedBitSet matched = new FixedBitSet(Math.max(1, leaf.reader().maxDoc()));
    DocIdSetIterator docs = scorer.iterator();
    GeoPoint origin = scope.place() == null ? null : scope.place().point();
    Nearness nearness = origin == null ? null : new Nearness(origin);
    // an upper bound of every match's score (infinite when the query cannot tell)
    float maxScore = scorer.getMaxScore(DocIdSetIterator.NO_MORE_DOCS);
    for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
      if (live != null && !live.get(doc)) {
        continue;
      }
      // NaN: no distance (no place asked, or a service without a point)
      double distance = nearness == null ? Double.NaN : nearness.km(points, doc);
      boolean servesPlace =
          scope.place() == null
              || serves.get(doc)
              || (radius.get(doc) && coversByRadius(searcher, leaf, doc, scope));
      boolean servesPart = !servesPlace && maybe.get(doc);
      if (scope.place() != null && !servesPlace && !servesPart && !(distance <= scope.radiusKm())) {
        continue;
      }
      boolean wide = provinceWide.get(doc);
      total++;
      matched.set(doc);
      double factor =
          distanceFactor(scope, distance) * (wide && origin != null ? PROVINCE_WIDE_FACTOR : 1);
      PriorityQueue<Candidate> queue = best[kind(servesPlace, servesPart, wide)];
      boolean full = queue.size() >= keep && order == BY_RELEVANCE;
      if (full && maxScore * factor <= queue.peek().rank()) {
        continue; // even its best possible score cannot put it in its class: not scored
      }
      double rank = scorer.score() * factor;
      if (full && rank <= queue.peek().rank()) {
        continue; // a full class keeps its earlier document on a tie: no need to make a candidate
      }
      offer(
          new Candidate(
              leaf.docBase + doc,
              servesPlace,
              servesPart,
              Double.isNaN(distance) ? null : distance,
              wide,
              rank));
    }
    facetBits.count(leaf, matched, open, facets);
  }

  private static int kind(boolean serves, boolean maybe, boolean provinceWide) {
    return (serves ? 2 : maybe ? 1 : 0) * 2 + (provinceWide ? 1 : 0);
  }

  private void offer(Candidate c) {
    PriorityQueue<Candidate> queue = best[c.kind()];
    if (queue.size() < keep) {
      queue.add(c);
    } else if (order.compare(c, queue.peek()) < 0) {
      queue.poll();
      queue.add(c);
    }
  }

  private static double distanceFactor(Scope scope, double distance) {
    if (scope.place() == null) {
      return 1;
    }
    double d = Double.isNaN(distance) ? UNKNOWN_DISTANCE_KM : distance;
    return 0.35 + 0.65 * DISTANCE_PIVOT_KM / (DISTANCE_PIVOT_KM + d);
  }

  private static boolean coversByRadius(
      IndexSearcher searcher, LeafReaderContext leaf, int doc, Scope scope) throws IOException {
    for (String territory :
        searcher.storedFields().document(leaf.docBase + doc).getValues(Fields.RADIUS_AREA)) {
      if (scope.covers().test(territory, scope.place())) {
        return true;
      }
    }
    return false;
  }

  /**
   * Distances from the person's place to the matches, by the equirectangular approximation: within
   * 0.1 % of the great-circle distance at a few hundred kilometres, and several times cheaper,
   * which counts when every match of a broad search is measured. The page's results show the exact
   * distance ({@link GeoPoint#distanceKm}).
   */
  static final class Nearness {
    private static final double KM_PER_RADIAN = 6371.0088;

    /** Every document's point in radians (NaN without one), read once per segment. */
    static final PerSegment<Points> POINTS = new PerSegment<>(Points::read);

    private final double latitude;
    private final double longitude;
    private final double halfCos;
    private final double halfSin;

    Nearness(GeoPoint origin) {
      this.latitude = Math.toRadians(origin.latitude());
      this.longitude = Math.toRadians(origin.longitude());
      this.halfCos = Math.cos(latitude / 2);
      this.halfSin = Math.sin(latitude / 2);
    }

    /**
     * The distance to a document's point; NaN when it has none. The cosine of the mean latitude
     * comes from the halves' cosines and sines kept per document (cos(a + b) = cos a cos b − sin a
     * sin b), not from a cosine per match.
     */
    double km(Points points, int doc) {
      double cos = points.halfCos()[doc] * halfCos - points.halfSin()[doc] * halfSin;
      double x = (points.longitudes()[doc] - longitude) * cos;
      double y = points.latitudes()[doc] - latitude;
      return KM_PER_RADIAN * Math.sqrt(x * x + y * y);
    }

    double km(double lat, double lon) {
      return radians(Math.toRadians(lat), Math.toRadians(lon));
    }

    private double radians(double phi, double lambda) {
      double x = (lambda - longitude) * Math.cos((phi + latitude) / 2);
      double y = phi - latitude;
      return KM_PER_RADIAN * Math.sqrt(x * x + y * y);
    }

    /** Per document: latitude and longitude in radians, cosine and sine of half the latitude. */
    record Points(double[] latitudes, double[] longitudes, double[] halfCos, double[] halfSin) {

      static Points read(LeafReader segment) throws IOException {
        double[] latitudes = new double[segment.maxDoc()];
        double[] longitudes = new double[segment.maxDoc()];
        double[] halfCos = new double[segment.maxDoc()];
        double[] halfSin = new double[segment.maxDoc()];
        Arrays.fill(latitudes, Double.NaN);
        Arrays.fill(longitudes, Double.NaN);
        Arrays.fill(halfCos, Double.NaN);
        Arrays.fill(halfSin, Double.NaN);
        SortedNumericDocValues points = segment.getSortedNumericDocValues(Fields.POINT);
        if (points != null) {
          for (int doc = points.nextDoc();
              doc != DocIdSetIterator.NO_MORE_DOCS;
              doc = points.nextDoc()) {
            long encoded = points.nextValue();
            latitudes[doc] = Math.toRadians(GeoEncodingUtils.decodeLatitude((int) (encoded >> 32)));
            longitudes[doc] =
                Math.toRadians(GeoEncodingUtils.decodeLongitude((int) (encoded & 0xFFFFFFFFL)));
            halfCos[doc] = Math.cos(latitudes[doc] / 2);
            halfSin[doc] = Math.sin(latitudes[doc] / 2);
          }
        }
        return new Points(latitudes, longitudes, halfCos, halfSin);
      }
    }
  }

  long total() {
    return total;
  }

  Map<String, Map<String, Long>> facets() {
    return facets;
  }

  private List<Candidate> kept() {
    List<Candidate> all = new ArrayList<>();
    for (PriorityQueue<Candidate> queue : best) {
      all.addAll(queue);
    }
    return all;
  }

  /**
   * By relevance: serving first, then rank; province-wide lines spread out. Exact for the first
   * {@code keep} results.
   */
  List<Candidate> byRelevance() {
    return byRelevance(kept());
  }

  static List<Candidate> byRelevance(List<Candidate> candidates) {
    List<Candidate> sorted = new ArrayList<>(candidates);
    sorted.sort(BY_RELEVANCE);
    return spreadProvinceWide(sorted);
  }

  /** By distance: serving first, then nearest; services without a point last. */
  List<Candidate> byDistance() {
    List<Candidate> sorted = kept();
    sorted.sort(BY_DISTANCE);
    return sorted;
  }

  private static List<Candidate> spreadProvinceWide(List<Candidate> sorted) {
    List<Candidate> out = new ArrayList<>(sorted.size());
    Deque<Candidate> deferred = new ArrayDeque<>();
    for (Candidate c : sorted) {
      while (!deferred.isEmpty()
          && deferred.peek().tier() == c.tier()
          && wideInWindow(out) < PROVINCE_WIDE_PER_WINDOW) {
        out.add(deferred.poll());
      }
      if (c.provinceWide() && wideInWindow(out) >= PROVINCE_WIDE_PER_WINDOW) {
        deferred.add(c);
      } else {
        if (!deferred.isEmpty() && deferred.peek().tier() != c.tier()) {
          out.addAll(deferred); // never let a deferred serving line fall below non-serving ones
          deferred.clear();
        }
        out.add(c);
      }
    }
    out.addAll(deferred);
    return out;
  }

  private static int wideInWindow(List<Candidate> out) {
    int count = 0;
    for (int i = Math.max(0, out.size() - (WINDOW - 1)); i < out.size(); i++) {
      if (out.get(i).provinceWide()) {
        count++;
      }
    }
    return count;
  }

  /** The API's facet names for the index's fields. */
  static final class FacetNames {
    private FacetNames() {}

    static String of(String field) {
      return field.equals(Fields.TOP_CATEGORY) ? "category" : field;
    }
  }
}
