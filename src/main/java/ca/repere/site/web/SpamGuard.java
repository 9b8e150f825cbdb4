package ca.repere.site.web;

import ca.repere.site.reports.ReportsPerAddress;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.time.Duration;
import java.util.Optional;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Keeps robots out of the public report forms without a third-party captcha: a honeypot field that
 * people never see (a robot that fills it is thanked and ignored), a minimum time between showing
 * the form and sending it, and a limit of reports per IP address and period, counted in PostgreSQL
 * by {@link ReportsPerAddress} so that every node shares it.
 */
@Component
class SpamGuard {

  /** The honeypot's field name: plausible to a robot, labelled "leave empty" for people. */
  static final String HONEYPOT = "site_web_confirmation";

  static final String STARTED = "form_started";

  /** Why a submission was refused; the message key tells the person what to do. */
  enum Verdict {
    ACCEPTED(null),
    ROBOT(null),
    TOO_FAST("report.spam.too-fast"),
    TOO_MANY("report.spam.too-many");

    final String messageKey;

    Verdict(String messageKey) {
      this.messageKey = messageKey;
    }
  }

  private final Clock clock;
  private final Duration minimumFillTime;
  private final ReportsPerAddress perAddress;

  SpamGuard(
      Optional<Clock> clock,
      @Value("${repere.reports.minimum-fill-time:3s}") Duration minimumFillTime,
      ReportsPerAddress perAddress) {
    this.clock = clock.orElse(Clock.systemUTC());
    this.minimumFillTime = minimumFillTime;
    this.perAddress = perAddress;
  }

  /** The value of the hidden {@value #STARTED} field of a freshly shown form. */
  String started() {
    return Long.toString(clock.millis());
  }

  Verdict check(HttpServletRequest request) {
    String honeypot = request.getParameter(HONEYPOT);
    if (honeypot != null && !honeypot.isBlank()) {
      return Verdict.ROBOT;
    }
    if (!filledSlowly(request.getParameter(STARTED))) {
      return Verdict.TOO_FAST;
    }
    return perAddress.tryCount(request.getRemoteAddr()) ? Verdict.ACCEPTED : Verdict.TOO_MANY;
  }

  private boolean filledSlowly(String started) {
    try {
      long elapsed = clock.millis() - Long.parseLong(started);
      return elapsed >= minimumFillTime.toMillis() && elapsed <= Duration.ofDays(1).toMillis();
    } catch (NumberFormatException e) {
      return false;
    }
  }
}
