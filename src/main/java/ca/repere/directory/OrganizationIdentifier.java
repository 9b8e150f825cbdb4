package ca.repere.directory;

import java.util.UUID;

/** HSDS organization identifier (Québec enterprise number NEQ, charity number…). */
public record OrganizationIdentifier(
    UUID id,
    UUID organizationId,
    String identifierScheme,
    String identifierType,
    String identifier) {}
