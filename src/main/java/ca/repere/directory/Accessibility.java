package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.util.UUID;

/** HSDS accessibility of a location (wheelchair access…). */
public record Accessibility(
    UUID id, UUID locationId, LocalizedText description, LocalizedText details, String url) {}
