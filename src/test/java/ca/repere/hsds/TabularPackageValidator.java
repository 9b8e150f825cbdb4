package ca.repere.hsds;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import tools.jackson.databind.JsonNode;

/**
 * Checks a tabular package against the official HSDS 3.0 {@code datapackage.json} the way a
 * Frictionless validator does, independently of Repère's own CSV reader: for each table present,
 * its header starts with the official columns in their order, every required cell is filled, cells
 * parse as their declared type and format (number, date, time, datetime, uuid, email, uri) and
 * enumeration, primary keys are unique and foreign keys point at rows of the package.
 */
final class TabularPackageValidator {

  private final JsonNode descriptor;
  private final Path folder;
  private final List<String> errors = new ArrayList<>();
  private final Map<String, Set<String>> keys = new HashMap<>();
  private final Map<String, List<CSVRecord>> tables = new HashMap<>();

  private TabularPackageValidator(Path folder, Path officialDescriptor) {
    this.folder = folder;
    this.descriptor = HsdsFixtures.read(officialDescriptor);
  }

  /** Every error found ("services.csv line 3, status: …"); empty when the package is valid. */
  static List<String> validate(Path folder, Path officialDescriptor) {
    TabularPackageValidator validator = new TabularPackageValidator(folder, officialDescriptor);
    validator.descriptor.path("resources").forEach(validator::readTable);
    validator.descriptor.path("resources").forEach(validator::checkForeignKeys);
    return validator.errors;
  }

  private void readTable(JsonNode resource) {
    Path file = folder.resolve(resource.path("path").asString());
    if (!Files.exists(file)) {
      return;
    }
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8);
        CSVParser csv = CSVFormat.DEFAULT.builder().setHeader().get().parse(in)) {
      List<String> header = csv.getHeaderNames();
      List<JsonNode> fields = new ArrayList<>();
      resource.path("schema").path("fields").forEach(fields::add);
      List<String> official = fields.stream().map(f -> f.path("name").asString()).toList();
      if (header.size() < official.size() || !header.subList(0, official.size()).equals(official)) {
        errors.add(file.getFileName() + ": header " + header + " does not start with " + official);
        return;
      }
      List<CSVRecord> rows = csv.getRecords();
      tables.put(resource.path("name").asString(), rows);
      Set<String> ids = new HashSet<>();
      for (CSVRecord row : rows) {
        fields.forEach(f -> checkCell(file.getFileName().toString(), row, f));
        if (!ids.add(row.get("id"))) {
          errors.add(where(file.getFileName().toString(), row, "id") + "duplicate primary key");
        }
      }
      keys.put(resource.path("name").asString(), ids);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void checkCell(String file, CSVRecord row, JsonNode field) {
    String name = field.path("name").asString();
    String value = row.get(name);
    JsonNode constraints = field.path("constraints");
    if (value.isEmpty()) {
      if (constraints.path("required").asBoolean(false)) {
        errors.add(where(file, row, name) + "required cell is empty");
      }
      return;
    }
    if (constraints.has("enum")) {
      Set<String> allowed = new HashSet<>();
      constraints.path("enum").forEach(v -> allowed.add(v.asString()));
      if (!allowed.contains(value)) {
        errors.add(where(file, row, name) + "\"" + value + "\" not in " + allowed);
      }
    }
    try {
      parse(field.path("type").asString(), field.path("format").asString(""), value);
    } catch (RuntimeException e) {
      errors.add(where(file, row, name) + "\"" + value + "\" is not a valid " + field.path("type"));
    }
  }

  private static void parse(String type, String format, String value) {
    switch (type) {
      case "number" -> Double.parseDouble(value);
      case "integer" -> Long.parseLong(value);
      case "date" -> LocalDate.parse(value);
      case "time" -> LocalTime.parse(value);
      case "datetime" -> OffsetDateTime.parse(value);
      default -> {
        switch (format) {
          case "uuid" -> UUID.fromString(value);
          case "uri" -> {
            if (URI.create(value).getScheme() == null) {
              throw new IllegalArgumentException("no scheme");
            }
          }
          case "email" -> {
            if (!value.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
              throw new IllegalArgumentException("not an e-mail");
            }
          }
          default -> {}
        }
      }
    }
  }

  private void checkForeignKeys(JsonNode resource) {
    String table = resource.path("name").asString();
    for (JsonNode key : resource.path("schema").path("foreignKeys")) {
      String field = key.path("fields").asString();
      String target = key.path("reference").path("resource").asString();
      for (CSVRecord row : tables.getOrDefault(table, List.of())) {
        String value = row.get(field);
        if (!value.isEmpty() && !keys.getOrDefault(target, Set.of()).contains(value)) {
          errors.add(
              where(resource.path("path").asString(), row, field)
                  + value
                  + " is not an id of "
                  + target);
        }
      }
    }
  }

  private static String where(String file, CSVRecord row, String field) {
    return file + " line " + (row.getRecordNumber() + 1) + ", " + field + ": ";
  }
}
