package ca.repere.directory;

import java.util.UUID;

/** HSDS language in which a service, location or phone is offered; {@code code} is ISO 639. */
public record Language(
    UUID id,
    UUID serviceId,
    UUID locationId,
    UUID phoneId,
    String name,
    String code,
    String note) {}
