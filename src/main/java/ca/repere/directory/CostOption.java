package ca.repere.directory;

import ca.repere.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/** HSDS cost option of a service. */
public record CostOption(
    UUID id,
    UUID serviceId,
    LocalDate validFrom,
    LocalDate validTo,
    LocalizedText option,
    String currency,
    BigDecimal amount,
    LocalizedText amountDescription) {}
