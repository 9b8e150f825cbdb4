package ca.repere.lists.notice;

import ca.repere.accounts.RetentionRule;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * An address never confirmed is erased after {@code
 * repere.retention.unconfirmed-list-subscriptions}.
 */
@Component
class UnconfirmedSubscriptions implements RetentionRule {

  private final JdbcClient jdbc;
  private final Duration keepFor;

  UnconfirmedSubscriptions(
      JdbcClient jdbc,
      @Value("${repere.retention.unconfirmed-list-subscriptions:7d}") Duration keepFor) {
    this.jdbc = jdbc;
    this.keepFor = keepFor;
  }

  @Override
  public String name() {
    return "lists.unconfirmed-subscriptions";
  }

  @Override
  public Duration keepFor() {
    return keepFor;
  }

  @Override
  public int apply() {
    return jdbc.sql(
            "DELETE FROM lists.subscription WHERE confirmed_at IS NULL"
                + " AND created_at < now() - make_interval(secs => ?)")
        .param(keepFor.toSeconds())
        .update();
  }
}
