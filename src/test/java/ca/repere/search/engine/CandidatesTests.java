package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.search.engine.Candidates.Candidate;
import ca.repere.shared.GeoPoint;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class CandidatesTests {

  private static Candidate local(int doc, double rank) {
    return new Candidate(doc, true, false, 5.0, false, rank);
  }

  private static Candidate provinceWide(int doc, double rank) {
    return new Candidate(doc, true, false, null, true, rank);
  }

  @Test
  void provinceWideLinesDoNotCrowdOutLocalServices() {
    List<Candidate> all = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      all.add(provinceWide(i, 10 - i)); // the best text scores
    }
    for (int i = 0; i < 12; i++) {
      all.add(local(100 + i, 4 - i * 0.1));
    }

    List<Candidate> ranked = Candidates.byRelevance(all);

    assertThat(ranked.subList(0, 10).stream().filter(Candidate::provinceWide).count()).isEqualTo(2);
    assertThat(ranked.get(0).provinceWide()).isTrue(); // still shown, at the top
    assertThat(ranked).hasSize(18);
    int lastLocal = 0;
    for (int i = 0; i < ranked.size(); i++) {
      lastLocal = ranked.get(i).provinceWide() ? lastLocal : i;
    }
    for (int start = 0; start + 10 <= lastLocal + 1; start++) {
      assertThat(ranked.subList(start, start + 10).stream().filter(Candidate::provinceWide).count())
          .as("province-wide lines in results %d to %d", start + 1, start + 10)
          .isLessThanOrEqualTo(2);
    }
  }

  @Test
  void servingThePlaceComesBeforePartlyServingThenNotServing() {
    Candidate notServing = new Candidate(1, false, false, 1.0, false, 9);
    Candidate partly = new Candidate(2, false, true, 20.0, false, 5);
    Candidate serving = new Candidate(3, true, false, 80.0, false, 1);

    assertThat(Candidates.byRelevance(List.of(notServing, partly, serving)))
        .containsExactly(serving, partly, notServing);
  }

  @Test
  void theApproximateDistanceStaysWithinATenthOfAPercentAcrossTheProvince() {
    GeoPoint montreal = new GeoPoint(45.5019, -73.5674);
    Candidates.Nearness nearness = new Candidates.Nearness(montreal);
    List<GeoPoint> places =
        List.of(
            new GeoPoint(45.5089, -73.5617), // 1 km
            new GeoPoint(46.3432, -72.5477), // Trois-Rivières
            new GeoPoint(46.8139, -71.2080), // Québec
            new GeoPoint(48.4284, -71.0685), // Saguenay
            new GeoPoint(48.4490, -68.5240)); // Rimouski, 500 km

    for (GeoPoint place : places) {
      double exact = montreal.distanceKm(place);
      assertThat(nearness.km(place.latitude(), place.longitude()))
          .isCloseTo(exact, org.assertj.core.data.Percentage.withPercentage(0.1));
    }
  }

  @Test
  void theDistanceToAnIndexedPointIsTheDistanceToItsPlace() throws Exception {
    GeoPoint montreal = new GeoPoint(45.5019, -73.5674);
    Candidates.Nearness nearness = new Candidates.Nearness(montreal);
    List<GeoPoint> places =
        List.of(
            new GeoPoint(45.5089, -73.5617),
            new GeoPoint(46.8139, -71.2080),
            new GeoPoint(48.4490, -68.5240),
            new GeoPoint(62.4150, -77.9180)); // Salluit, Nunavik
    try (var store = new org.apache.lucene.store.ByteBuffersDirectory();
        var writer =
            new org.apache.lucene.index.IndexWriter(
                store, new org.apache.lucene.index.IndexWriterConfig())) {
      for (GeoPoint place : places) {
        var doc = new org.apache.lucene.document.Document();
        doc.add(
            new org.apache.lucene.document.LatLonDocValuesField(
                Fields.POINT, place.latitude(), place.longitude()));
        writer.addDocument(doc);
      }
      writer.addDocument(new org.apache.lucene.document.Document()); // no point
      try (var reader = org.apache.lucene.index.DirectoryReader.open(writer)) {
        Candidates.Nearness.Points points =
            Candidates.Nearness.Points.read(reader.leaves().get(0).reader());
        for (int doc = 0; doc < places.size(); doc++) {
          GeoPoint place = places.get(doc);
          assertThat(nearness.km(points, doc))
              .isCloseTo(
                  nearness.km(place.latitude(), place.longitude()),
                  org.assertj.core.data.Offset.offset(0.001)); // the index keeps ~1 cm
        }
        assertThat(nearness.km(points, places.size())).isNaN();
      }
    }
  }
}
