package ca.repere.search;

/**
 * An autocomplete entry: {@code kind} is "need" (a category or concept; {@code code} is the
 * taxonomy code) or "name" (an organization or service; {@code code} is the service id).
 */
public record Suggestion(String kind, String label, String code) {}
