package ca.repere.hsds.tabular;

import java.util.Optional;
import tools.jackson.databind.JsonNode;

/**
 * Where a value of an assembled service came from. A service built from CSV rows is one JSON object
 * made of many rows; each row's object carries {@value #FIELD} ("phones.csv:12"), so that a problem
 * found at "/service_at_locations/0/location/latitude" is reported at {@code locations.csv}, line
 * 12, field "latitude".
 */
public final class Origins {

  /** The property holding "file:line" (HSDS allows extension properties). */
  public static final String FIELD = "$origin";

  /** A place in a source file: the file, the line and the field within the row. */
  public record Origin(String file, long line, String field) {}

  private Origins() {}

  /** The row holding the value at {@code pointer}, when the record was assembled from rows. */
  public static Optional<Origin> of(JsonNode record, String pointer) {
    if (record == null) {
      return Optional.empty();
    }
    String[] steps = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1);
    JsonNode node = record;
    String origin = origin(node);
    int after = 0;
    for (int i = 0; i < steps.length && node != null; i++) {
      node = node.isArray() ? node.get(index(steps[i])) : node.get(steps[i]);
      if (node != null && origin(node) != null) {
        origin = origin(node);
        after = i + 1;
      }
    }
    if (origin == null) {
      return Optional.empty();
    }
    int colon = origin.lastIndexOf(':');
    StringBuilder field = new StringBuilder();
    for (int i = after; i < steps.length; i++) {
      field.append(field.isEmpty() ? "" : "/").append(steps[i]);
    }
    return Optional.of(
        new Origin(
            origin.substring(0, colon),
            Long.parseLong(origin.substring(colon + 1)),
            field.toString()));
  }

  private static String origin(JsonNode node) {
    JsonNode origin = node.isObject() ? node.get(FIELD) : null;
    return origin == null ? null : origin.asString();
  }

  private static int index(String step) {
    try {
      return Integer.parseInt(step);
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
