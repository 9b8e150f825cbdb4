package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.util.UUID;

/** HSDS service_at_location: a service offered at one location. */
public record ServiceAtLocation(
    UUID id, UUID serviceId, UUID locationId, LocalizedText description) {}
