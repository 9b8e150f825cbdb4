package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.util.UUID;

/** HSDS required document: what to bring to apply. */
public record RequiredDocument(UUID id, UUID serviceId, LocalizedText document, String uri) {}
