package ca.repere.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The short CI version of bench/crash: two kill -9 of the node at random moments under mixed load
 * (searches, missing-organization reports, contact records, directory edits). After each restart
 * every acknowledged write is there, the search index has every edit, and the node served again
 * within 20 s. bench/crash/run.sh does ten.
 */
class CrashSafetyIT {

  @Test
  void noAcknowledgedWriteIsLostWhenTheNodeIsKilledUnderLoad() throws Exception {
    BenchScript crash =
        BenchScript.run(
            Duration.ofMinutes(10),
            "bench/crash/run.sh",
            "--kills",
            "2",
            "--min-load",
            "3",
            "--max-load",
            "8",
            "--data",
            "target/crash-bench/data");

    assertThat(crash.output()).contains("kill 2/2");
    assertThat(crash.figure("crash.lost-writes")).startsWith("0 of ");
    assertThat(crash.figure("crash.index-missing-edits")).isEqualTo("0");
    assertThat(crash.exitCode()).as(crash.output()).isZero();
  }
}
