package ca.repere.site.reports;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/** The reports-per-address limit is one count in PostgreSQL, whichever node receives the report. */
@RepereApplicationTest
class ReportsPerAddressIT {

  @Autowired JdbcClient jdbc;
  @Autowired TransactionTemplate transaction;

  private ReportsPerAddress node(int max, Duration period) {
    return new ReportsPerAddress(jdbc, transaction, max, period);
  }

  @Test
  void twoNodesShareOneLimitPerAddress() {
    ReportsPerAddress first = node(3, Duration.ofMinutes(10));
    ReportsPerAddress second = node(3, Duration.ofMinutes(10));
    String address = "192.0.2." + UUID.randomUUID();

    assertThat(first.tryCount(address)).isTrue();
    assertThat(second.tryCount(address)).isTrue();
    assertThat(first.tryCount(address)).isTrue();

    assertThat(second.tryCount(address)).isFalse();
    assertThat(first.tryCount(address)).isFalse();
    assertThat(second.tryCount("192.0.2." + UUID.randomUUID())).isTrue();
  }

  @Test
  void anAddressMaySendAgainOnceThePeriodHasPassedAndItsTraceIsGone() throws Exception {
    ReportsPerAddress node = node(1, Duration.ofMillis(700));
    String address = "192.0.2." + UUID.randomUUID();
    assertThat(node.tryCount(address)).isTrue();
    assertThat(node.tryCount(address)).isFalse();

    Thread.sleep(900);

    assertThat(node.tryCount(address)).isTrue();
    assertThat(
            jdbc.sql("SELECT count(*) FROM site.report_attempt WHERE address_hash = ?")
                .param(ReportsPerAddress.hash(address))
                .query(Long.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void addressesAreNotStoredInClear() {
    String address = "192.0.2.77-" + UUID.randomUUID();
    node(5, Duration.ofMinutes(10)).tryCount(address);

    assertThat(
            jdbc.sql("SELECT count(*) FROM site.report_attempt WHERE address_hash LIKE '%192.0.2%'")
                .query(Long.class)
                .single())
        .isZero();
  }
}
