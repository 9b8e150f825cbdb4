package ca.repere.hsds.tabular;

import ca.repere.hsds.importing.HsdsFiles.Sink;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The rows of an HSDS 3.0 tabular package, table by table (by resource name: "service", "phone"…),
 * as typed JSON values. Columns that HSDS does not define, a missing {@code id} column and cells
 * that are not of their column's type are reported with file, line and column.
 */
public final class Tables {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Map<String, List<TabularRow>> rows = new LinkedHashMap<>();

  public JsonNodeFactory nodes() {
    return NODES;
  }

  public List<TabularRow> rows(String table) {
    return rows.getOrDefault(table, List.of());
  }

  /** Removes the rows of a table the predicate picks. */
  public void removeIf(String table, java.util.function.Predicate<TabularRow> leaveOut) {
    rows.getOrDefault(table, new ArrayList<>()).removeIf(leaveOut);
  }

  public void add(String table, TabularRow row) {
    rows.computeIfAbsent(table, t -> new ArrayList<>()).add(row);
  }

  /** Reads the tables of an HSDS 3.0 package; problems go to the sink. */
  public static Tables read(PackageFiles files, List<TableSchema> schemas, Sink problems) {
    Tables tables = new Tables();
    for (TableSchema schema : schemas) {
      files
          .bytes(schema.path())
          .flatMap(bytes -> CsvFile.read(schema.path(), bytes, problems))
          .filter(csv -> headerIsValid(csv, schema, problems))
          .ifPresent(
              csv ->
                  csv.rows()
                      .forEach(r -> tables.add(schema.name(), row(csv, r, schema, problems))));
    }
    return tables;
  }

  private static boolean headerIsValid(CsvFile csv, TableSchema schema, Sink problems) {
    boolean valid = true;
    Set<String> seen = new HashSet<>();
    for (String column : csv.header()) {
      if (!schema.accepts(column)) {
        problems.problem(
            csv.name(),
            1,
            column,
            "hsds.import.error.csv-column",
            column,
            String.join(", ", schema.fields().keySet()));
        valid = false;
      } else if (!seen.add(column)) {
        problems.problem(csv.name(), 1, column, "hsds.import.error.csv-duplicate-column", column);
        valid = false;
      }
    }
    if (!csv.header().contains("id")) {
      problems.problem(csv.name(), 1, "id", "hsds.import.error.csv-missing-column", "id");
      valid = false;
    }
    return valid;
  }

  private static TabularRow row(
      CsvFile csv, CsvFile.Cells cells, TableSchema schema, Sink problems) {
    ObjectNode values = NODES.objectNode();
    cells
        .values()
        .forEach(
            (column, cell) -> {
              if (column != null && cell != null && !cell.isBlank()) {
                put(
                    values,
                    column,
                    cell.strip(),
                    schema.type(column),
                    csv.name(),
                    cells.line(),
                    problems);
              }
            });
    values.put(Origins.FIELD, csv.name() + ":" + cells.line());
    return new TabularRow(csv.name(), cells.line(), values);
  }

  private static void put(
      ObjectNode values,
      String column,
      String cell,
      String type,
      String file,
      long line,
      Sink problems) {
    switch (type) {
      case "number", "integer" -> {
        try {
          BigDecimal number = new BigDecimal(cell);
          if (number.scale() <= 0 || number.stripTrailingZeros().scale() <= 0) {
            values.put(column, number.intValueExact());
          } else {
            values.put(column, number);
          }
        } catch (ArithmeticException | NumberFormatException e) {
          problems.problem(file, line, column, "hsds.import.error.csv-number", cell);
        }
      }
      case "boolean" -> values.put(column, Boolean.parseBoolean(cell));
      default -> values.put(column, cell);
    }
  }
}
