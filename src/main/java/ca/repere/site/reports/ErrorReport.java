package ca.repere.site.reports;

import ca.repere.shared.Lang;
import java.time.Instant;
import java.util.UUID;

/** A person's report that something on a service's page is wrong, as received. */
public record ErrorReport(
    UUID id,
    UUID serviceId,
    String whatIsWrong,
    String reporterEmail,
    Lang lang,
    Instant receivedAt) {}
