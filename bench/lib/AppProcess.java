import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * The application jar run as an operator runs it, with the embedded PostgreSQL on a fixed port (so
 * the bench can check the database directly), killed with SIGKILL or stopped with SIGTERM.
 */
final class AppProcess {

  final Path jar;
  final Path data;
  final int httpPort;
  final int dbPort;
  private final Path log;
  private final List<String> jvmOptions;
  private Process process;

  AppProcess(Path jar, Path data, Path log, List<String> jvmOptions) throws IOException {
    this.jar = jar.toAbsolutePath();
    this.data = data.toAbsolutePath();
    this.log = log.toAbsolutePath();
    this.jvmOptions = jvmOptions;
    this.httpPort = freePort();
    this.dbPort = freePort();
  }

  static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }

  String url() {
    return "http://localhost:" + httpPort;
  }

  String jdbcUrl() {
    // never wait forever on a database being stopped or restarted with the node
    return "jdbc:postgresql://localhost:" + dbPort + "/postgres?connectTimeout=5&socketTimeout=60";
  }

  void start() throws IOException {
    List<String> command = java();
    command.addAll(jvmOptions);
    command.addAll(List.of("-jar", jar.toString(), "--server.port=" + httpPort));
    command.add("--repere.embedded-db.port=" + dbPort);
    command.add("--repere.demo-data.on-empty-database=true"); // services for the load to find
    command.add("--repere.chat.hours=MON-SUN 00:00-24:00"); // the chat load runs at any hour
    command.add("--repere.chat.open-on-holidays=true");
    process = builder(command).redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
  }

  /** Runs a command-line task of the jar on the same data folder; returns its output. */
  String task(String... arguments) throws IOException, InterruptedException {
    List<String> command = java();
    command.addAll(List.of("-Xmx512m", "-jar", jar.toString()));
    command.addAll(List.of(arguments));
    command.add("--repere.embedded-db.port=" + dbPort);
    // Tasks currently need the web context (the accounts and chat beans ask for it): see
    // bench/hsds/README.md.
    command.add("--spring.main.web-application-type=servlet");
    ProcessBuilder taskBuilder = builder(command);
    taskBuilder.environment().put("PORT", "0");
    Process task = taskBuilder.start();
    String output = new String(task.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (!task.waitFor(5, TimeUnit.MINUTES) || task.exitValue() != 0) {
      throw new IllegalStateException("task " + List.of(arguments) + " failed:\n" + output);
    }
    return output;
  }

  private ProcessBuilder builder(List<String> command) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    builder.environment().put("REPERE_DATA_DIR", data.toString());
    return builder;
  }

  private static List<String> java() {
    return new ArrayList<>(
        List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString()));
  }

  /** Waits until /actuator/health answers UP; returns how long that took. */
  Duration awaitHealthy(Duration timeout) throws InterruptedException {
    Instant start = Instant.now();
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    while (Duration.between(start, Instant.now()).compareTo(timeout) < 0) {
      if (!process.isAlive()) {
        throw new IllegalStateException("the application exited; see " + log);
      }
      try {
        HttpResponse<String> response =
            http.send(
                HttpRequest.newBuilder(URI.create(url() + "/actuator/health"))
                    .timeout(Duration.ofSeconds(2))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() == 200 && response.body().contains("\"UP\"")) {
          return Duration.between(start, Instant.now());
        }
      } catch (IOException e) {
        // not listening yet
      }
      Thread.sleep(100);
    }
    throw new IllegalStateException("not healthy within " + timeout + "; see " + log);
  }

  long pid() {
    return process.pid();
  }

  /** SIGKILL: no shutdown hook runs; the embedded PostgreSQL is left orphaned. */
  void kill9() throws InterruptedException {
    process.destroyForcibly();
    process.waitFor();
  }

  /** SIGTERM: a graceful stop. */
  void stop() throws InterruptedException {
    if (process != null && process.isAlive()) {
      process.destroy();
      if (!process.waitFor(60, TimeUnit.SECONDS)) {
        process.destroyForcibly().waitFor();
      }
    }
  }

  /**
   * Whatever happened to the bench, nothing it started outlives it: the JVM, and the embedded
   * PostgreSQL a kill -9 left orphaned (its pid is the first line of postmaster.pid).
   */
  void stopQuietly() {
    try {
      stop();
      Path pidFile = data.resolve("postgres").resolve("postmaster.pid");
      if (Files.exists(pidFile)) {
        long postgres = Long.parseLong(Files.readAllLines(pidFile).get(0).strip());
        ProcessHandle.of(postgres)
            .filter(p -> p.info().command().orElse("").endsWith("postgres"))
            .ifPresent(ProcessHandle::destroy);
      }
    } catch (Exception e) {
      // already stopped
    }
  }

  /** Resident memory of the JVM, in KiB (Linux). */
  long rssKib() throws IOException {
    for (String line : Files.readAllLines(Path.of("/proc/" + pid() + "/status"))) {
      if (line.startsWith("VmRSS:")) {
        return Long.parseLong(line.replaceAll("[^0-9]", ""));
      }
    }
    return -1;
  }

  /**
   * The live set, in KiB: the bytes of every object still reachable, counted by the class
   * histogram during its own full GC. (Reading the heap's use with a second jcmd after a
   * {@code GC.run} also counted what the load allocated in between, 100 to 200 MiB of noise.)
   */
  long liveHeapKib() throws IOException, InterruptedException {
    String histogram = jcmd("GC.class_histogram");
    java.util.regex.Matcher total =
        java.util.regex.Pattern.compile("(?m)^Total\\s+\\d+\\s+(\\d+)\\s*$").matcher(histogram);
    return total.find() ? Long.parseLong(total.group(1)) / 1024 : -1;
  }

  private String jcmd(String command) throws IOException, InterruptedException {
    Process jcmd =
        new ProcessBuilder(
                Path.of(System.getProperty("java.home"), "bin", "jcmd").toString(),
                String.valueOf(pid()),
                command)
            .redirectErrorStream(true)
            .start();
    String output = new String(jcmd.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    jcmd.waitFor(60, TimeUnit.SECONDS);
    return output;
  }
}
