package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.util.UUID;

/** HSDS funding source of an organization or service. */
public record Funding(UUID id, UUID organizationId, UUID serviceId, LocalizedText source) {}
