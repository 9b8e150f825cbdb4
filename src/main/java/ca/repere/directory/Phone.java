package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.util.UUID;

/**
 * HSDS phone. A {@code staffOnly} phone is an intake line for professionals: never public. {@code
 * type} is an HSDS phone type (voice, text, fax, cell, video, pager, textphone).
 */
public record Phone(
    UUID id,
    UUID locationId,
    UUID serviceId,
    UUID organizationId,
    UUID contactId,
    UUID serviceAtLocationId,
    String number,
    String extension,
    String type,
    LocalizedText description,
    boolean staffOnly,
    int position) {}
