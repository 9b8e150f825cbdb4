package ca.repere.accounts.retention;

import ca.repere.accounts.RetentionRule;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The accounts module's own rules: IP addresses in the audit log, and disabled accounts. */
@Configuration(proxyBeanMethods = false)
class AccountsRetentionRules {

  @Bean
  RetentionRule auditIpAddresses(
      JdbcClient jdbc, @Value("${repere.retention.ip-addresses:30d}") Duration keepFor) {
    return new SqlRetentionRule(
        "accounts.audit-ip-addresses",
        keepFor,
        jdbc,
        "update accounts.audit_log set ip = null"
            + " where ip is not null and at < now() - make_interval(secs => ?)");
  }

  @Bean
  RetentionRule disabledAccounts(
      JdbcClient jdbc, @Value("${repere.retention.disabled-accounts:365d}") Duration keepFor) {
    return new SqlRetentionRule(
        "accounts.disabled-accounts",
        keepFor,
        jdbc,
        "delete from accounts.users"
            + " where not enabled and disabled_at < now() - make_interval(secs => ?)");
  }

  /** A rule that is one SQL statement taking the retention period in seconds. */
  record SqlRetentionRule(String name, Duration keepFor, JdbcClient jdbc, String sql)
      implements RetentionRule {

    @Override
    public int apply() {
      return jdbc.sql(sql).param(keepFor.toSeconds()).update();
    }
  }
}
