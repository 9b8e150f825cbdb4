package ca.repere.hsds.tabular;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes compiled services as an HSDS 3.0 Tabular Data Package: one CSV per table of the official
 * descriptor, with every HSDS column in its order and, after them, the extension columns the
 * services carry ({@code name_en}, {@code repere_code}…), and a {@code datapackage.json} that
 * describes them. Rows are spooled to temporary files while services stream in (a record shared by
 * many services, an organization or a location, is written once), and the CSVs are written at the
 * end, when every table's columns are known.
 */
public final class PackageWriter implements AutoCloseable {

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final List<TableSchema> schemas;
  private final Path spool;
  private final Map<String, Writer> spooled = new LinkedHashMap<>();
  private final Map<String, Set<String>> extraColumns = new LinkedHashMap<>();
  private final Set<String> written = new HashSet<>();

  public PackageWriter(List<TableSchema> schemas) {
    this.schemas = schemas;
    try {
      this.spool = Files.createTempDirectory("repere-hsds-csv");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Adds one compiled service (as {@code /services/{id}} gives it) and what it holds. */
  public void add(JsonNode service) {
    String id = service.path("id").asString();
    row("service", service);
    nested(service, "organization", "organization");
    nested(service, "program", "program");
    children(service, "phones", "phone", "service_id", id);
    children(service, "schedules", "schedule", "service_id", id);
    children(service, "service_areas", "service_area", "service_id", id);
    children(service, "languages", "language", "service_id", id);
    children(service, "cost_options", "cost_option", "service_id", id);
    children(service, "required_documents", "required_document", "service_id", id);
    children(service, "funding", "funding", "service_id", id);
    children(service, "contacts", "contact", "service_id", id);
    for (JsonNode attribute : service.path("attributes")) {
      row("attribute", attribute);
      JsonNode term = attribute.path("taxonomy_term");
      if (term.isObject()) {
        row("taxonomy_term", term);
        nested(term, "taxonomy_detail", "taxonomy");
      }
    }
    for (JsonNode sal : service.path("service_at_locations")) {
      row("service_at_location", sal);
      JsonNode location = sal.path("location");
      if (location.isObject() && row("location", location)) {
        String locationId = location.path("id").asString();
        children(location, "addresses", "address", "location_id", locationId);
        children(location, "phones", "phone", "location_id", locationId);
        children(location, "schedules", "schedule", "location_id", locationId);
        children(location, "accessibility", "accessibility", "location_id", locationId);
        children(location, "languages", "language", "location_id", locationId);
      }
    }
  }

  /** Writes the package into a folder (created when missing). */
  public void writeTo(Path folder) {
    try {
      Files.createDirectories(folder);
      for (String file : files()) {
        try (OutputStream out = Files.newOutputStream(folder.resolve(file))) {
          write(file, out);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Writes the package as a zip. */
  public void writeZip(OutputStream out) {
    try {
      ZipOutputStream zip = new ZipOutputStream(out, StandardCharsets.UTF_8);
      for (String file : files()) {
        zip.putNextEntry(new ZipEntry(file));
        write(file, zip);
        zip.closeEntry();
      }
      zip.finish();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> files() throws IOException {
    for (Writer writer : spooled.values()) {
      writer.flush();
    }
    List<String> files = new ArrayList<>();
    files.add("datapackage.json");
    schemas.stream().filter(s -> spooled.containsKey(s.name())).forEach(s -> files.add(s.path()));
    return files;
  }

  private void write(String file, OutputStream out) throws IOException {
    if (file.equals("datapackage.json")) {
      out.write(JSON.writerWithDefaultPrettyPrinter().writeValueAsBytes(descriptor()));
      return;
    }
    TableSchema schema =
        schemas.stream().filter(s -> s.path().equals(file)).findFirst().orElseThrow();
    List<String> header = header(schema);
    Writer text = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
    CSVPrinter csv =
        new CSVPrinter(text, CSVFormat.DEFAULT.builder().setRecordSeparator("\n").get());
    csv.printRecord(header);
    try (var lines = Files.lines(spool.resolve(schema.name() + ".ndjson"))) {
      for (String line : (Iterable<String>) lines::iterator) {
        JsonNode row = JSON.readTree(line);
        List<String> cells = new ArrayList<>(header.size());
        header.forEach(column -> cells.add(cell(row.get(column))));
        csv.printRecord(cells);
      }
    }
    csv.flush();
  }

  private List<String> header(TableSchema schema) {
    List<String> header = new ArrayList<>(schema.fields().keySet());
    header.addAll(extraColumns.getOrDefault(schema.name(), Set.of()));
    return header;
  }

  private ObjectNode descriptor() {
    ObjectNode descriptor = JSON.createObjectNode();
    descriptor.put("name", "repere-hsds");
    descriptor.put("profile", "tabular-data-package");
    descriptor.put("version", "3.0.0");
    ArrayNode resources = descriptor.putArray("resources");
    for (TableSchema schema : schemas) {
      if (!spooled.containsKey(schema.name())) {
        continue;
      }
      ObjectNode resource = resources.addObject();
      resource.put("name", schema.name());
      resource.put("path", schema.path());
      resource.put("profile", "tabular-data-resource");
      resource.put("format", "csv");
      resource.put("mediatype", "text/csv");
      resource.put("encoding", "utf-8");
      ObjectNode table = resource.putObject("schema");
      table.put("primaryKey", "id");
      ArrayNode fields = table.putArray("fields");
      for (String column : header(schema)) {
        fields.addObject().put("name", column).put("type", schema.type(column));
      }
    }
    return descriptor;
  }

  private void nested(JsonNode parent, String field, String table) {
    JsonNode child = parent.path(field);
    if (child.isObject()) {
      row(table, child);
    }
  }

  private void children(JsonNode parent, String field, String table, String key, String id) {
    for (JsonNode child : parent.path(field)) {
      if (child.isObject()) {
        ObjectNode row = ((ObjectNode) child).deepCopy();
        if (!row.has(key)) {
          row.put(key, id);
        }
        row(table, row);
      }
    }
  }

  /** Spools one row of a table, once per id; false when that id was already written. */
  private boolean row(String table, JsonNode node) {
    if (!written.add(table + ":" + node.path("id").asString())) {
      return false;
    }
    TableSchema schema =
        schemas.stream().filter(s -> s.name().equals(table)).findFirst().orElseThrow();
    ObjectNode row = JSON.createObjectNode();
    Set<String> extra =
        extraColumns.computeIfAbsent(table, t -> new TreeSet<>(Comparator.naturalOrder()));
    for (var field : node.properties()) {
      JsonNode value = field.getValue();
      if (value.isValueNode() && !value.isNull() && !field.getKey().equals(Origins.FIELD)) {
        row.set(field.getKey(), value);
        if (!schema.fields().containsKey(field.getKey())) {
          extra.add(field.getKey());
        }
      }
    }
    try {
      Writer writer = spooled.computeIfAbsent(table, this::open);
      writer.write(JSON.writeValueAsString(row));
      writer.write('\n');
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return true;
  }

  private Writer open(String table) {
    try {
      return Files.newBufferedWriter(spool.resolve(table + ".ndjson"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String cell(JsonNode value) {
    if (value == null || value.isNull()) {
      return "";
    }
    return value.isNumber() ? value.numberValue().toString() : value.asString();
  }

  @Override
  public void close() {
    try {
      for (Writer writer : spooled.values()) {
        writer.close();
      }
      try (var files = Files.list(spool)) {
        for (Path file : files.toList()) {
          Files.delete(file);
        }
      }
      Files.delete(spool);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
