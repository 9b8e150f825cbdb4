package ca.repere.curation;

import ca.repere.directory.Address;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Located;
import ca.repere.search.Search;
import ca.repere.search.SearchHit;
import ca.repere.search.SearchQuery;
import ca.repere.shared.Lang;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import org.springframework.stereotype.Component;

/**
 * Records that may already be the one being created: a similar name, and whether one of its places
 * is nearby (within {@value #NEARBY_KM} km, or the same city or postal area). Candidates come from
 * search, which already knows names in both languages and distances.
 */
@Component
public class DuplicateHints {

  static final double NEARBY_KM = 2.0;
  private static final double SIMILAR = 0.5;

  private final Search search;
  private final Directory directory;

  DuplicateHints(Search search, Directory directory) {
    this.search = search;
    this.directory = directory;
  }

  /** A possible duplicate. {@code serviceId} is null for an organization. */
  public record Hint(
      UUID organizationId,
      UUID serviceId,
      String name,
      String place,
      int percent,
      boolean nearby) {}

  public List<Hint> organizations(String name, String city, String postalCode) {
    Map<UUID, Hint> hints = new LinkedHashMap<>();
    for (Candidate c : candidates(name, city, postalCode)) {
      String orgName = c.service().organization().name().in(Lang.FR);
      double similarity =
          Math.max(
              NameSimilarity.of(name, orgName),
              NameSimilarity.of(name, c.service().organization().name().in(Lang.EN)));
      UUID id = c.service().organization().id();
      if (similarity >= SIMILAR
          && (!hints.containsKey(id) || (c.nearby() && !hints.get(id).nearby()))) {
        hints.put(id, new Hint(id, null, orgName, c.place(), percent(similarity), c.nearby()));
      }
    }
    return sorted(hints.values());
  }

  public List<Hint> services(String name, String city, String postalCode, UUID except) {
    List<Hint> hints = new ArrayList<>();
    for (Candidate c : candidates(name, city, postalCode)) {
      var s = c.service().service();
      double similarity =
          Math.max(NameSimilarity.of(name, s.name().fr()), NameSimilarity.of(name, s.name().en()));
      if (similarity >= SIMILAR
          && !s.id().equals(except)
          && hints.stream().noneMatch(h -> h.serviceId().equals(s.id()))) {
        hints.add(
            new Hint(
                s.organizationId(),
                s.id(),
                s.name().in(Lang.FR),
                c.place(),
                percent(similarity),
                c.nearby()));
      }
    }
    return sorted(hints);
  }

  private record Candidate(CompiledService service, String place, boolean nearby) {}

  private List<Candidate> candidates(String name, String city, String postalCode) {
    if (name == null || name.isBlank()) {
      return List.of();
    }
    String where = postalCode != null && !postalCode.isBlank() ? postalCode : city;
    List<SearchHit> hits = search.search(SearchQuery.of(name, where, Lang.FR)).hits();
    Map<UUID, CompiledService> services = new LinkedHashMap<>();
    directory
        .services(hits.stream().map(SearchHit::serviceId).distinct().toList())
        .forEach(s -> services.put(s.service().id(), s));
    List<Candidate> candidates = new ArrayList<>();
    for (SearchHit hit : hits) {
      CompiledService service = services.get(hit.serviceId());
      if (service == null) {
        continue;
      }
      Address address = addressAt(service, hit.locationId());
      boolean nearby =
          (hit.distanceKm() != null && hit.distanceKm() <= NEARBY_KM)
              || (address != null
                  && (sameText(address.city(), city)
                      || samePostalArea(address.postalCode(), postalCode)));
      candidates.add(new Candidate(service, address == null ? null : address.oneLine(), nearby));
    }
    return candidates;
  }

  private static Address addressAt(CompiledService service, UUID locationId) {
    return service.locations().stream()
        .filter(l -> Objects.equals(l.location().id(), locationId))
        .findFirst()
        .flatMap(Located::physicalAddress)
        .orElse(null);
  }

  private static boolean sameText(String a, String b) {
    return a != null
        && b != null
        && NameSimilarity.words(a).equals(NameSimilarity.words(b))
        && !NameSimilarity.words(a).isEmpty();
  }

  private static boolean samePostalArea(String a, String b) {
    return a != null
        && b != null
        && a.length() >= 3
        && b.length() >= 3
        && a.substring(0, 3).equalsIgnoreCase(b.strip().substring(0, 3));
  }

  private static int percent(double similarity) {
    return (int) Math.round(similarity * 100);
  }

  private static List<Hint> sorted(java.util.Collection<Hint> hints) {
    return hints.stream()
        .sorted(
            java.util.Comparator.comparing(Hint::nearby).thenComparing(Hint::percent).reversed())
        .limit(5)
        .toList();
  }
}
