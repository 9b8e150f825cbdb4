package ca.repere.directory.demo;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Organization;
import ca.repere.directory.OrganizationIdentifier;
import java.util.List;

/** A generated demo directory, ready to insert. */
record DemoData(
    List<Organization> organizations,
    List<OrganizationIdentifier> identifiers,
    List<CompiledService> services) {}
