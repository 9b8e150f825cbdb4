package ca.repere.site.reports;

import ca.repere.shared.Lang;
import java.time.Instant;
import java.util.UUID;

/** A person's report of an organization the directory lacks, as received. */
public record MissingOrganizationReport(
    UUID id,
    String organizationName,
    String municipality,
    String website,
    String phone,
    String description,
    String reporterEmail,
    Lang lang,
    Instant receivedAt) {}
