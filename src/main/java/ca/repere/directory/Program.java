package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.util.UUID;

/** HSDS program: a group of services of an organization. */
public record Program(
    UUID id,
    UUID organizationId,
    LocalizedText name,
    LocalizedText alternateName,
    LocalizedText description) {}
