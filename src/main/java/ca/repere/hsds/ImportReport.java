package ca.repere.hsds;

import java.time.Duration;
import java.util.List;

/**
 * What an import did. When {@code problems} is not empty nothing was written; a dry run writes
 * nothing either. {@code unresolvedAreas} lists service-area names the geography did not know (the
 * coverage of those services is unknown, never assumed province-wide). {@code taxonomyCoverage}
 * says, for each imported taxonomy, how many of its terms the crosswalk maps to a Repère category.
 * {@code skipped} lists the rows of a legacy format (HSDS 1.1, Ohana) left out because HSDS 3.0
 * cannot hold them (an address without street, a service without organization); they do not stop
 * the import. {@code drafts} lists the organizations a legacy package names without describing them
 * (services and locations refer to an organization its organizations table lacks): imported as
 * drafts named after their locations, so their services are kept but stay off the public side until
 * a curator completes them.
 */
public record ImportReport(
    long services,
    long created,
    long updated,
    long organizations,
    List<ImportProblem> problems,
    List<String> unresolvedAreas,
    boolean dryRun,
    Duration took,
    List<TaxonomyCoverage> taxonomyCoverage,
    List<ImportProblem> skipped,
    List<ImportProblem> drafts) {

  public boolean ok() {
    return problems.isEmpty();
  }

  public boolean written() {
    return ok() && !dryRun;
  }
}
