package ca.repere.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The short CI version of bench/crash: two kill -9 of the node at random moments under mixed load
 * (searches, missing-organization reports, chat messages, contact records, directory edits). After
 * each restart every acknowledged write is there, the search index has every edit, and the node
 * served again. bench/crash/run.sh does ten, and holds the restart to 20 s.
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
            // CI runs on a shared, loaded 2-core machine (restarts of 19-20 s there on
            // 2026-11-29): here the restart only has to happen; bench/crash measures the 20 s
            // target on the machine to be sized
            "--restart-target",
            "45",
            "--data",
            "target/crash-bench/data");

    assertThat(crash.output()).contains("kill 2/2");
    assertThat(crash.figure("crash.lost-writes")).startsWith("0 of ");
    assertThat(crash.figure("crash.index-missing-edits")).isEqualTo("0");
    assertThat(crash.exitCode()).as(crash.output()).isZero();
  }
}
