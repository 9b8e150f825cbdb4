package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.util.UUID;

/**
 * HSDS taxonomy term. {@code repereCode} maps a term of an external taxonomy to our category (the
 * crosswalk); for our own terms it equals {@code code}.
 */
public record TaxonomyTerm(
    UUID id,
    String code,
    LocalizedText name,
    LocalizedText description,
    UUID parentId,
    String taxonomy,
    UUID taxonomyId,
    String language,
    String termUri,
    String repereCode) {}
