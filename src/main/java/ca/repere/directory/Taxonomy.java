package ca.repere.directory;

import java.util.UUID;

/** HSDS taxonomy: Repère's own categories, AIRS/211, Open Eligibility… */
public record Taxonomy(UUID id, String name, String description, String uri, String version) {}
