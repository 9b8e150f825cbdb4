package ca.repere.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * The short CI version of bench/soak: two minutes of mixed load on one node with no error, and the
 * live heap and the JVM's resident size stable after the warm-up (under 10 % growth).
 * bench/soak/run.sh runs 30 minutes.
 */
class SoakIT {

  @Test
  void twoMinutesOfMixedLoadWithoutErrorAndWithStableMemory() throws Exception {
    BenchScript soak =
        BenchScript.run(
            Duration.ofMinutes(8),
            "bench/soak/run.sh",
            "--minutes",
            "2",
            "--sample-seconds",
            "10",
            "--warmup-percent",
            "40",
            "--searchers",
            "2",
            "--data",
            "target/soak-bench/data");

    assertThat(soak.figure("soak.errors")).startsWith("0 in ");
    assertThat(soak.exitCode()).as(soak.output()).isZero();
  }
}
