package ca.repere.hsds.tabular;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * One table of the official HSDS 3.0 tabular package ({@code schema/3.0/datapackage.json}): its
 * resource name ("service"), file ("services.csv") and typed fields, in order.
 */
public record TableSchema(String name, String path, Map<String, String> fields) {

  /** The tables of the official descriptor, read in place from the HSDS folder. */
  public static List<TableSchema> official(Path hsdsDir) {
    JsonNode descriptor;
    try {
      descriptor =
          JsonMapper.builder()
              .build()
              .readTree(hsdsDir.resolve("schema/3.0/datapackage.json").toFile());
    } catch (RuntimeException e) {
      throw new UncheckedIOException(new IOException("HSDS datapackage.json unreadable", e));
    }
    return descriptor.path("resources").valueStream().map(TableSchema::of).toList();
  }

  private static TableSchema of(JsonNode resource) {
    Map<String, String> fields = new LinkedHashMap<>();
    resource
        .path("schema")
        .path("fields")
        .forEach(f -> fields.put(f.path("name").asString(), f.path("type").asString("string")));
    return new TableSchema(
        resource.path("name").asString(), resource.path("path").asString(), fields);
  }

  /**
   * Whether a column belongs in this table: a field of HSDS, the other language of one ({@code
   * name_en}, {@code name_fr}) or a Repère extension ({@code repere_…}).
   */
  public boolean accepts(String column) {
    return fields.containsKey(column)
        || column.startsWith("repere_")
        || ((column.endsWith("_en") || column.endsWith("_fr"))
            && fields.containsKey(column.substring(0, column.length() - 3)));
  }

  public String type(String column) {
    return fields.getOrDefault(column, "string");
  }
}
