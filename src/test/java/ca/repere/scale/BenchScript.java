package ca.repere.scale;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A benchmark of bench/ run as its own process (the same script and driver an operator runs), with
 * short settings, for CI. The jar is the one the build just packaged (REPERE_JAR).
 */
record BenchScript(int exitCode, String output) {

  static BenchScript run(Duration timeout, String script, String... arguments)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of("bash", script));
    command.addAll(List.of(arguments));
    Path log = Path.of("target", Path.of(script).getParent().getFileName() + "-bench.out");
    Process process =
        new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    if (!process.waitFor(timeout.toSeconds(), TimeUnit.SECONDS)) {
      process.descendants().forEach(ProcessHandle::destroyForcibly);
      process.destroyForcibly();
      throw new AssertionError(script + " did not end within " + timeout + "; see " + log);
    }
    return new BenchScript(process.exitValue(), Files.readString(log, StandardCharsets.UTF_8));
  }

  /** The figure of a {@code RESULT name | figure | target} line. */
  String figure(String name) {
    return output
        .lines()
        .filter(line -> line.startsWith("RESULT " + name + " |"))
        .map(line -> line.split("\\|")[1].strip())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no RESULT " + name + " in:\n" + output));
  }
}
