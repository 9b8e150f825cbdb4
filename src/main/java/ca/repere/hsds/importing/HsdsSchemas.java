package ca.repere.hsds.importing;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;

/**
 * The official HSDS 3.0 JSON schemas, read in place from {@code repere.hsds-dir} (never copied into
 * the application), compiled once per schema and language of the messages.
 */
@Component
public class HsdsSchemas {

  /** A schema violation: the JSON pointer of the offending value and a readable reason. */
  public record Violation(String pointer, String message) {}

  private static final String BASE = "https://schemas.repere.local/hsds/3.0/";

  private final Path dir;
  private final Map<String, Schema> compiled = new ConcurrentHashMap<>();

  HsdsSchemas(@Value("${repere.hsds-dir:../shared/hsds}") String dir) {
    this.dir = Path.of(dir).toAbsolutePath().normalize();
  }

  public Path dir() {
    return dir;
  }

  public boolean available() {
    return Files.isRegularFile(file("service"));
  }

  /** Validates against {@code schema/3.0/compiled/<name>.json} ("service", "organization"…). */
  public List<Violation> validate(String name, JsonNode node, Locale locale) {
    return validateAgainst("compiled/" + name + ".json", node, locale);
  }

  /** Validates against a schema file of {@code schema/3.0} ("taxonomy.json", "compiled/…"). */
  public List<Violation> validateAgainst(String schemaFile, JsonNode node, Locale locale) {
    return schema(schemaFile, locale).validate(node).stream().map(HsdsSchemas::violation).toList();
  }

  private Schema schema(String schemaFile, Locale locale) {
    String lang = locale != null && "en".equals(locale.getLanguage()) ? "en" : "fr";
    return compiled.computeIfAbsent(
        schemaFile + ":" + lang, k -> load(schemaFile, Locale.forLanguageTag(lang)));
  }

  private Schema load(String schemaFile, Locale locale) {
    Path file = dir.resolve("schema/3.0/" + schemaFile);
    if (!Files.isRegularFile(file)) {
      throw new IllegalStateException(
          "HSDS schema not found: "
              + file.toAbsolutePath()
              + " (set repere.hsds-dir to the folder holding schema/3.0)");
    }
    SchemaRegistryConfig config =
        SchemaRegistryConfig.builder()
            .pathType(PathType.JSON_POINTER)
            .formatAssertionsEnabled(true)
            .locale(locale)
            .build();
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            b -> b.schemaRegistryConfig(config).schemas(this::readSchema));
    // under a base of our own, so that relative references ("metadata.json") resolve beside it
    return registry.getSchema(SchemaLocation.of(BASE + schemaFile));
  }

  private String readSchema(String iri) {
    if (!iri.startsWith(BASE)) {
      return null;
    }
    try {
      return Files.readString(dir.resolve("schema/3.0/" + iri.substring(BASE.length())));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private Path file(String name) {
    return dir.resolve("schema/3.0/compiled/" + name + ".json");
  }

  private static Violation violation(Error error) {
    String pointer = error.getInstanceLocation().toString();
    if ("required".equals(error.getKeyword()) && error.getProperty() != null) {
      pointer = pointer + "/" + error.getProperty();
    }
    return new Violation(pointer, error.getMessage());
  }
}
