package ca.repere.hsds.mapping;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Organization;
import ca.repere.directory.Program;
import ca.repere.directory.Taxonomy;
import ca.repere.directory.TaxonomyTerm;
import java.util.List;
import java.util.UUID;

/**
 * One HSDS service read into Repère's records, with what it brings along (its organization, program
 * and taxonomy terms when given in full) and the ids it only refers to.
 *
 * @param organization null when the record gives only {@code organization_id}
 * @param references ids the record names without describing: they must exist in the import or
 *     already in the directory
 * @param unresolvedAreas service-area names the geography could not resolve
 */
public record ParsedService(
    CompiledService compiled,
    Organization organization,
    Program program,
    List<Taxonomy> taxonomies,
    List<TaxonomyTerm> terms,
    List<Reference> references,
    List<String> unresolvedAreas) {

  /** A reference by id: {@code kind} is "organization", "program" or "taxonomy_term". */
  public record Reference(String kind, UUID id, String pointer) {}
}
