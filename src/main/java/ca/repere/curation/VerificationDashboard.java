package ca.repere.curation;

import ca.repere.accounts.CurrentUser;
import ca.repere.directory.DirectoryQueries;
import ca.repere.directory.DirectoryQueries.VerificationDate;
import ca.repere.geography.Geography;
import ca.repere.geography.Municipality;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.springframework.stereotype.Service;

/**
 * The annual verification at a glance: published services overdue or due within the coming days,
 * counted by region and by the curator who verified them last.
 */
@Service
public class VerificationDashboard {

  private final DirectoryQueries queries;
  private final Geography geography;
  private final VerificationPolicy policy;

  VerificationDashboard(DirectoryQueries queries, Geography geography, VerificationPolicy policy) {
    this.queries = queries;
    this.geography = geography;
    this.policy = policy;
  }

  /** A service to verify, with its due date and region. */
  public record Due(VerificationDate record, LocalDate due, boolean overdue, String region) {}

  /** Counts of one region or curator. */
  public record Count(String label, long overdue, long dueSoon) {}

  /** Every due record counted; {@code shown} are those matching the page's filter. */
  public record Dashboard(
      List<Due> records, List<Due> shown, List<Count> byRegion, List<Count> byCurator) {

    public long overdue() {
      return records.stream().filter(Due::overdue).count();
    }

    public long dueSoon() {
      return records.size() - overdue();
    }
  }

  /** {@code filter} keeps the records whose service or organization name contains it. */
  public Dashboard on(CurrentUser curator, LocalDate today, String filter) {
    Review.requireCurator(curator);
    List<Due> records =
        queries.publishedVerifiedBefore(policy.cutoff(today)).stream()
            .map(r -> due(r, today))
            .sorted(Comparator.comparing(Due::due))
            .toList();
    String words = filter == null ? "" : filter.strip().toLowerCase(java.util.Locale.ROOT);
    List<Due> shown =
        records.stream()
            .filter(
                d ->
                    words.isEmpty()
                        || contains(d.record().serviceName(), words)
                        || contains(d.record().organizationName(), words))
            .limit(200)
            .toList();
    return new Dashboard(
        records,
        shown,
        counts(records, Due::region),
        counts(records, d -> d.record().lastVerifiedBy()));
  }

  private Due due(VerificationDate record, LocalDate today) {
    LocalDate due = policy.due(record.verifiedOrCreated());
    String region =
        record.municipalityCode() == null
            ? null
            : geography
                .municipality(record.municipalityCode())
                .map(Municipality::regionName)
                .orElse(null);
    return new Due(record, due, due.isBefore(today), region);
  }

  private static boolean contains(String name, String words) {
    return name != null && name.toLowerCase(java.util.Locale.ROOT).contains(words);
  }

  private static List<Count> counts(List<Due> records, Function<Due, String> key) {
    Map<String, long[]> counts = new TreeMap<>();
    for (Due d : records) {
      long[] c =
          counts.computeIfAbsent(key.apply(d) == null ? "—" : key.apply(d), k -> new long[2]);
      c[d.overdue() ? 0 : 1]++;
    }
    return counts.entrySet().stream()
        .map(e -> new Count(e.getKey(), e.getValue()[0], e.getValue()[1]))
        .toList();
  }
}
