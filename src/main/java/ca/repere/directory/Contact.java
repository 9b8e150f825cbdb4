package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.util.UUID;

/** HSDS contact: a public point of contact of an organization, service or location. */
public record Contact(
    UUID id,
    UUID organizationId,
    UUID serviceId,
    UUID serviceAtLocationId,
    UUID locationId,
    String name,
    LocalizedText title,
    String department,
    String email) {}
