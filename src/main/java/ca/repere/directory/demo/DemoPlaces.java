package ca.repere.directory.demo;

import ca.repere.geography.Municipality;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The inhabited municipalities the demo places organizations in, grouped by region and MRC, in code
 * order so that generation never depends on hash order.
 */
final class DemoPlaces {

  record RegionPlaces(
      String code,
      String name,
      long population,
      List<Municipality> municipalities,
      Map<String, List<Municipality>> byMrc) {}

  private final List<RegionPlaces> regions;

  DemoPlaces(List<Municipality> all) {
    Map<String, List<Municipality>> byRegion =
        all.stream()
            .filter(m -> m.point() != null && m.population() > 0 && m.regionCode() != null)
            .sorted(Comparator.comparing(Municipality::code))
            .collect(
                Collectors.groupingBy(Municipality::regionCode, TreeMap::new, Collectors.toList()));
    this.regions =
        byRegion.values().stream()
            .map(
                ms ->
                    new RegionPlaces(
                        ms.get(0).regionCode(),
                        ms.get(0).regionName(),
                        ms.stream().mapToLong(Municipality::population).sum(),
                        ms,
                        ms.stream()
                            .collect(
                                Collectors.groupingBy(
                                    m ->
                                        m.mrcCode() == null || m.mrcCode().isBlank()
                                            ? m.code()
                                            : m.mrcCode(),
                                    TreeMap::new,
                                    Collectors.toList()))))
            .toList();
  }

  List<RegionPlaces> regions() {
    return regions;
  }

  /**
   * Services per region: at least {@code minimum} each, the rest shared by population (largest
   * remainders first, so the total is exact).
   */
  Map<String, Integer> shares(int total, int minimum) {
    long population = regions.stream().mapToLong(RegionPlaces::population).sum();
    int rest = Math.max(0, total - minimum * regions.size());
    Map<String, Integer> shares = new TreeMap<>();
    Map<String, Double> remainders = new TreeMap<>();
    int given = 0;
    for (RegionPlaces r : regions) {
      double exact = (double) rest * r.population() / population;
      int floor = (int) Math.floor(exact);
      shares.put(r.code(), minimum + floor);
      remainders.put(r.code(), exact - floor);
      given += minimum + floor;
    }
    List<String> byRemainder =
        remainders.entrySet().stream()
            .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
            .map(Map.Entry::getKey)
            .toList();
    for (int i = 0; given < total; i = (i + 1) % byRemainder.size(), given++) {
      shares.merge(byRemainder.get(i), 1, Integer::sum);
    }
    return shares;
  }
}
