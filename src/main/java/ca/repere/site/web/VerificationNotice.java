package ca.repere.site.web;

import ca.repere.directory.CompiledService;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * "Not verified since …" on a service page: shown when the service is overdue for its annual
 * verification by more than {@code public-mark-overdue-months} (the curation module's cycle).
 */
@Component
class VerificationNotice {

  private final int intervalMonths;
  private final int overdueMonths;

  VerificationNotice(
      @Value("${repere.curation.verification.interval-months:12}") int intervalMonths,
      @Value("${repere.curation.verification.public-mark-overdue-months:3}") int overdueMonths) {
    this.intervalMonths = intervalMonths;
    this.overdueMonths = overdueMonths;
  }

  /** The date of the last verification (or creation) when overdue long enough, else null. */
  String of(CompiledService service, LocalDate today, Locale locale) {
    Instant last =
        service.service().lastVerifiedAt() != null
            ? service.service().lastVerifiedAt()
            : service.service().createdAt();
    if (last == null) {
      return null;
    }
    LocalDate mark =
        last.atZone(OpeningHours.QUEBEC).toLocalDate().plusMonths(intervalMonths + overdueMonths);
    return today.isAfter(mark) ? ServicePages.date(last, locale) : null;
  }
}
