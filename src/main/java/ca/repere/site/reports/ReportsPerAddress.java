package ca.repere.site.reports;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * How many reports one address may send per period, counted in PostgreSQL so that every node shares
 * the count (behind a load balancer a person cannot multiply the limit by the number of nodes). The
 * database's clock decides, so nodes whose clocks differ still agree. Only a hash of the address is
 * stored, and only for one period.
 */
@Repository
public class ReportsPerAddress {

  private final JdbcClient jdbc;
  private final TransactionTemplate transaction;
  private final int maxPerPeriod;
  private final Duration period;

  ReportsPerAddress(
      JdbcClient jdbc,
      TransactionTemplate transaction,
      @Value("${repere.reports.max-per-ip:5}") int maxPerPeriod,
      @Value("${repere.reports.period:10m}") Duration period) {
    this.jdbc = jdbc;
    this.transaction = transaction;
    this.maxPerPeriod = maxPerPeriod;
    this.period = period;
  }

  /** Counts a report from {@code address}; false, and nothing counted, when over the limit. */
  public boolean tryCount(String address) {
    String hash = hash(address);
    return Boolean.TRUE.equals(transaction.execute(status -> countWithinLimit(hash)));
  }

  private boolean countWithinLimit(String hash) {
    // one address at a time across nodes, so two simultaneous reports cannot both take the last
    // slot
    jdbc.sql("SELECT 1 FROM (SELECT pg_advisory_xact_lock(hashtextextended(?, 211))) locked")
        .param(hash)
        .query(Integer.class)
        .single();
    jdbc.sql(
            "DELETE FROM site.report_attempt"
                + " WHERE address_hash = ? AND sent_at < now() - make_interval(secs => ?)")
        .params(hash, seconds())
        .update();
    long recent =
        jdbc.sql("SELECT count(*) FROM site.report_attempt WHERE address_hash = ?")
            .param(hash)
            .query(Long.class)
            .single();
    if (recent >= maxPerPeriod) {
      return false;
    }
    jdbc.sql("INSERT INTO site.report_attempt (address_hash) VALUES (?)").param(hash).update();
    return true;
  }

  /**
   * Forgets the addresses that sent nothing for a period (the others are forgotten as they send).
   */
  @Scheduled(fixedDelayString = "${repere.reports.period:10m}")
  void forgetOldAttempts() {
    jdbc.sql("DELETE FROM site.report_attempt WHERE sent_at < now() - make_interval(secs => ?)")
        .param(seconds())
        .update();
  }

  private double seconds() {
    return period.toMillis() / 1000.0;
  }

  static String hash(String address) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256")
              .digest(String.valueOf(address).getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
