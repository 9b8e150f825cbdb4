package ca.repere.curation;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * When a record must be verified again: {@code interval-months} after its last verification (or its
 * creation, if never verified); "due soon" within {@code due-soon-days}.
 */
@Component
public class VerificationPolicy {

  static final ZoneId QUEBEC = ZoneId.of("America/Toronto");

  private final int intervalMonths;
  private final int dueSoonDays;

  VerificationPolicy(
      @Value("${repere.curation.verification.interval-months:12}") int intervalMonths,
      @Value("${repere.curation.verification.due-soon-days:30}") int dueSoonDays) {
    this.intervalMonths = intervalMonths;
    this.dueSoonDays = dueSoonDays;
  }

  public LocalDate due(Instant verifiedOrCreated) {
    return verifiedOrCreated.atZone(QUEBEC).toLocalDate().plusMonths(intervalMonths);
  }

  /** Records verified before this instant are due within {@code dueSoonDays} of {@code today}. */
  Instant cutoff(LocalDate today) {
    return today
        .plusDays(dueSoonDays + 1L)
        .minusMonths(intervalMonths)
        .atStartOfDay(QUEBEC)
        .toInstant();
  }

  public int dueSoonDays() {
    return dueSoonDays;
  }
}
