package ca.repere.scale;

import ca.repere.RepereApplication;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.util.FileSystemUtils;

/**
 * One application node started inside the test JVM on a random port, with its own data folder
 * (search index) and the shared external PostgreSQL: what an operator runs on each machine of a
 * cluster. Its beans are at hand to make changes the way the application does.
 */
final class InProcessNode implements AutoCloseable {

  /** Every node of a cluster shares the keys that encrypt TOTP secrets and contact notes. */
  private static final String SHARED_SECRET_KEY = "c2NhbGUtdGVzdHMtc2hhcmVkLWtleS0zMi1ieXRlcyE=";

  private final ConfigurableApplicationContext context;

  private InProcessNode(ConfigurableApplicationContext context) {
    this.context = context;
  }

  static InProcessNode start(String name, ExternalDatabase database) {
    Path data = Path.of("target", "nodes", name).toAbsolutePath();
    FileSystemUtils.deleteRecursively(data.toFile());
    Map<String, Object> properties = new LinkedHashMap<>();
    properties.put("server.port", 0);
    properties.put("repere.data-dir", data.toString());
    properties.put("spring.datasource.url", database.url());
    properties.put("spring.datasource.username", database.user());
    properties.put("spring.datasource.password", database.password());
    properties.put("repere.accounts.secret-key", SHARED_SECRET_KEY);
    properties.put(
        "repere.contacts.key-file",
        Path.of("target", "nodes", "contacts.key").toAbsolutePath().toString());
    properties.put("spring.main.banner-mode", "off");
    properties.put("spring.jmx.enabled", false);
    // As command-line arguments: they override application.properties (default properties do not).
    String[] arguments =
        properties.entrySet().stream()
            .map(e -> "--" + e.getKey() + "=" + e.getValue())
            .toArray(String[]::new);
    ConfigurableApplicationContext context =
        new SpringApplicationBuilder(RepereApplication.class)
            .registerShutdownHook(false)
            .run(arguments);
    return new InProcessNode(context);
  }

  int port() {
    return ((WebServerApplicationContext) context).getWebServer().getPort();
  }

  <T> T bean(Class<T> type) {
    return context.getBean(type);
  }

  boolean isRunning() {
    return context.isActive();
  }

  /** Stops the node as systemd would (graceful shutdown). */
  @Override
  public void close() {
    if (context.isActive()) {
      context.close();
    }
  }
}
