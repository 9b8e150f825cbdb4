package ca.repere.platform;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The application jar run as a separate process, the way an operator runs it. */
final class JarProcess implements AutoCloseable {

  private final Path jar;
  private final Path log;
  private final List<String> arguments;
  private final Map<String, String> environment;
  final int port;
  private Process process;

  JarProcess(Path log, Map<String, String> environment, String... arguments) throws IOException {
    this.jar = locateJar();
    this.log = log;
    this.port = freePort();
    this.environment = environment;
    this.arguments = List.of(arguments);
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  private static Path locateJar() {
    String configured = System.getenv("REPERE_JAR");
    Path path = Path.of(configured != null ? configured : "target/repere.jar");
    if (!Files.exists(path)) {
      throw new IllegalStateException(
          "Build the jar first (mvn package): " + path.toAbsolutePath());
    }
    return path;
  }

  JarProcess start() throws IOException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-jar");
    command.add(jar.toAbsolutePath().toString());
    command.add("--server.port=" + port);
    command.addAll(arguments);
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
    builder.environment().putAll(environment);
    process = builder.start();
    return this;
  }

  /** The outcome of a command-line task run as its own process. */
  record TaskRun(int exitCode, String output) {}

  /** Runs {@code java -jar repere.jar <task…>} to its end (at most two minutes). */
  static TaskRun runTask(Map<String, String> environment, String... task)
      throws IOException, InterruptedException {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-Xmx512m");
    command.add("-jar");
    command.add(locateJar().toAbsolutePath().toString());
    command.addAll(List.of(task));
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().putAll(environment);
    Process process = builder.start();
    byte[] output = process.getInputStream().readAllBytes();
    if (!process.waitFor(2, java.util.concurrent.TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("The task did not end: " + List.of(task));
    }
    return new TaskRun(
        process.exitValue(), new String(output, java.nio.charset.StandardCharsets.UTF_8));
  }

  /** Waits until /actuator/health answers UP; returns how long that took. */
  Duration awaitHealthy(Duration timeout) throws InterruptedException {
    Instant start = Instant.now();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException("The application exited; see " + log.toAbsolutePath());
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return Duration.between(start, Instant.now());
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(250);
    }
    throw new IllegalStateException(
        "Not healthy within " + timeout + "; see " + log.toAbsolutePath());
  }

  String get(String path) throws IOException, InterruptedException {
    return HttpClient.newHttpClient()
        .send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
            HttpResponse.BodyHandlers.ofString())
        .body();
  }

  /** SIGKILL: no shutdown hook runs, the embedded PostgreSQL is left orphaned. */
  void kill() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM: a graceful stop, as Ctrl-C. */
  void stop() throws InterruptedException {
    process.destroy();
    process.waitFor();
  }

  @Override
  public void close() throws InterruptedException {
    if (process != null && process.isAlive()) {
      stop();
    }
  }

  static File dataDir(String name) throws IOException {
    Path dir = Path.of("target", name).toAbsolutePath();
    org.springframework.util.FileSystemUtils.deleteRecursively(dir);
    Files.createDirectories(dir);
    return dir.toFile();
  }
}
