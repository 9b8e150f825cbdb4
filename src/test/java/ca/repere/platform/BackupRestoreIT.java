package ca.repere.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.RepereApplicationTest;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@RepereApplicationTest
class BackupRestoreIT {

  @Autowired DatabaseBackup backup;
  @Autowired JdbcClient jdbc;

  @Test
  void aRestoreBringsBackExactlyTheDataOfTheBackupAndNumberingContinues() {
    UUID kept = insertOrganization("Organisme sauvegardé");
    long sequenceBefore = nextChangeLogSequence();
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    DatabaseBackup.Summary taken = backup.backup(zip, Progress.silent());

    UUID later = insertOrganization("Organisme ajouté après la sauvegarde");
    jdbc.sql("DELETE FROM directory.organization WHERE id = ?").param(kept).update();

    DatabaseBackup.Summary restored =
        backup.restore(() -> new ByteArrayInputStream(zip.toByteArray()), Progress.silent());

    taken.rows().remove("public.flyway_schema_history");
    assertThat(restored.rows()).isEqualTo(taken.rows());
    assertThat(organizationName(kept)).isEqualTo("Organisme sauvegardé");
    assertThat(count(later)).isZero();
    assertThat(nextChangeLogSequence()).isGreaterThan(sequenceBefore);
  }

  @Test
  void aDamagedBackupChangesNothing() {
    UUID present = insertOrganization("Organisme présent");
    ByteArrayOutputStream zip = new ByteArrayOutputStream();
    backup.backup(zip, Progress.silent());
    byte[] damaged = zip.toByteArray().clone();
    // Corrupt the tables' data after the manifest, which stays readable.
    for (int i = damaged.length / 2; i < damaged.length / 2 + 200; i++) {
      damaged[i] = (byte) 0x5a;
    }
    UUID after = insertOrganization("Organisme ajouté");

    assertThatThrownBy(
            () -> backup.restore(() -> new ByteArrayInputStream(damaged), Progress.silent()))
        .hasMessageContaining("nothing was changed");

    assertThat(count(present)).isOne();
    assertThat(count(after)).isOne();
  }

  @Test
  void aFileThatIsNotABackupIsRefusedWithAClearMessage() {
    assertThatThrownBy(
            () ->
                backup.restore(
                    () -> new ByteArrayInputStream("pas une sauvegarde".getBytes()),
                    Progress.silent()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Not a Repère backup");
  }

  private UUID insertOrganization(String name) {
    UUID id = UUID.randomUUID();
    jdbc.sql("INSERT INTO directory.organization (id, name_fr) VALUES (?, ?)")
        .params(id, name)
        .update();
    return id;
  }

  private String organizationName(UUID id) {
    return jdbc.sql("SELECT name_fr FROM directory.organization WHERE id = ?")
        .param(id)
        .query(String.class)
        .single();
  }

  private long count(UUID id) {
    return jdbc.sql("SELECT count(*) FROM directory.organization WHERE id = ?")
        .param(id)
        .query(Long.class)
        .single();
  }

  private long nextChangeLogSequence() {
    return jdbc.sql("SELECT nextval('directory.change_log_seq')").query(Long.class).single();
  }
}
