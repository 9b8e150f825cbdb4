package ca.repere.insights.web;

import java.util.List;

/** RFC 4180 CSV with a header line; every value quoted when it holds a comma, quote or newline. */
final class Csv {

  private Csv() {}

  static String of(List<String> header, List<List<String>> rows) {
    StringBuilder csv = new StringBuilder();
    line(csv, header);
    rows.forEach(row -> line(csv, row));
    return csv.toString();
  }

  private static void line(StringBuilder csv, List<String> values) {
    for (int i = 0; i < values.size(); i++) {
      if (i > 0) {
        csv.append(',');
      }
      String value = values.get(i) == null ? "" : values.get(i);
      if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
        csv.append('"').append(value.replace("\"", "\"\"")).append('"');
      } else {
        csv.append(value);
      }
    }
    csv.append("\r\n");
  }
}
