package ca.repere.hsds.tabular;

import tools.jackson.databind.node.ObjectNode;

/** One CSV row as JSON values (empty cells left out), with the file and line it starts on. */
public record TabularRow(String file, long line, ObjectNode values) {

  public String text(String field) {
    var value = values.get(field);
    return value == null || value.isNull() ? null : value.asString();
  }
}
