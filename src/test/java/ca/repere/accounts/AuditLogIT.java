package ca.repere.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.retention.Retention;
import ca.repere.shared.Lang;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.simple.JdbcClient;

@RepereApplicationTest
class AuditLogIT {

  @Autowired AuditLog audit;
  @Autowired JdbcClient jdbc;
  @Autowired Retention retention;
  @Autowired Accounts accounts;

  @Test
  void recordedEntriesCanBeReadButNeitherChangedNorDeleted() {
    String subject = "contact-" + UUID.randomUUID();
    audit.record("specialiste@test.example", "contact.read", subject, "from the console");

    AuditLog.Entry entry = audit.latest(subject, 10).get(0);
    assertThat(entry.actor()).isEqualTo("specialiste@test.example");
    assertThat(entry.action()).isEqualTo("contact.read");

    assertThatThrownBy(
            () ->
                jdbc.sql("update accounts.audit_log set actor = 'someone else' where id = ?")
                    .param(entry.id())
                    .update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(
            () ->
                jdbc.sql("delete from accounts.audit_log where id = ?").param(entry.id()).update())
        .isInstanceOf(DataAccessException.class)
        .hasMessageContaining("append-only");
    assertThatThrownBy(() -> jdbc.sql("truncate accounts.audit_log").update())
        .isInstanceOf(DataAccessException.class);
    assertThat(audit.latest(subject, 10)).singleElement().isEqualTo(entry);
  }

  @Test
  void accountChangesAreAudited() {
    String email = "audite-" + UUID.randomUUID() + "@test.example";
    UUID id =
        accounts.create(email, "Audité", Set.of(Role.PARTNER), List.of(), Lang.FR).account().id();
    accounts.disable(id);

    assertThat(audit.latest(email, 10))
        .extracting(AuditLog.Entry::action)
        .contains("account.create", "account.disable");
  }

  @Test
  void retentionErasesOldIpAddressesAndOldDisabledAccountsOnly() {
    String subject = "retention-" + UUID.randomUUID();
    jdbc.sql(
            "insert into accounts.audit_log (at, actor, action, subject, ip) values"
                + " (now() - interval '90 days', 'x', 'old', ?, '192.0.2.1'),"
                + " (now(), 'x', 'recent', ?, '192.0.2.2')")
        .params(subject, subject)
        .update();
    String oldEmail = "ancien-" + UUID.randomUUID() + "@test.example";
    UUID old =
        accounts
            .create(oldEmail, "Ancien", Set.of(Role.PARTNER), List.of(), Lang.FR)
            .account()
            .id();
    accounts.disable(old);
    jdbc.sql("update accounts.users set disabled_at = now() - interval '400 days' where id = ?")
        .param(old)
        .update();
    String recentEmail = "recent-" + UUID.randomUUID() + "@test.example";
    UUID recent =
        accounts
            .create(recentEmail, "Récent", Set.of(Role.PARTNER), List.of(), Lang.FR)
            .account()
            .id();
    accounts.disable(recent);

    Map<String, Integer> changed = retention.applyAll();

    assertThat(changed).containsKeys("accounts.audit-ip-addresses", "accounts.disabled-accounts");
    assertThat(changed).allSatisfy((rule, rows) -> assertThat(rows).as(rule).isNotNegative());
    Map<String, String> ips =
        jdbc
            .sql("select action, coalesce(ip, 'erased') from accounts.audit_log where subject = ?")
            .param(subject)
            .query((rs, row) -> Map.entry(rs.getString(1), rs.getString(2)))
            .list()
            .stream()
            .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
    assertThat(ips).containsEntry("old", "erased").containsEntry("recent", "192.0.2.2");
    assertThat(accounts.find(old)).isEmpty();
    assertThat(accounts.find(recent)).isPresent();
    assertThat(audit.latest("accounts.disabled-accounts", 5)).isNotEmpty();
  }
}
