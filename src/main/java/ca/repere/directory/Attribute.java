package ca.repere.directory;

import java.util.UUID;

/** HSDS attribute: links a taxonomy term to a record ({@code linkEntity} = "service", …). */
public record Attribute(
    UUID id,
    UUID linkId,
    UUID taxonomyTermId,
    String linkType,
    String linkEntity,
    String value,
    String label) {}
