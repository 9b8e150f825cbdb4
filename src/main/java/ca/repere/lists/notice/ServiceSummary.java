package ca.repere.lists.notice;

import ca.repere.lists.view.ListLine;
import ca.repere.shared.Lang;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a reader of a list sees of one service, as text in French and English: the fields a notice
 * compares ("name", "organization", "address", "phones", "hours"). Built from {@link ListLine}, so
 * from the public view only.
 */
record ServiceSummary(Map<String, String> fr, Map<String, String> en) {

  static final List<String> FIELDS = List.of("name", "organization", "address", "phones", "hours");

  static ServiceSummary of(ListLine fr, ListLine en) {
    return new ServiceSummary(fields(fr), fields(en));
  }

  Map<String, String> in(Lang lang) {
    return lang == Lang.EN ? en : fr;
  }

  /** The fields that differ from {@code before}, in {@code lang}: field → (before, now). */
  Map<String, String[]> changesSince(ServiceSummary before, Lang lang) {
    Map<String, String[]> changes = new LinkedHashMap<>();
    for (String field : FIELDS) {
      String was = before.in(lang).getOrDefault(field, "");
      String now = in(lang).getOrDefault(field, "");
      if (!was.equals(now)) {
        changes.put(field, new String[] {was, now});
      }
    }
    return changes;
  }

  private static Map<String, String> fields(ListLine line) {
    Map<String, String> fields = new LinkedHashMap<>();
    fields.put("name", nullToEmpty(line.name()));
    fields.put("organization", nullToEmpty(line.organization()));
    fields.put(
        "address", line.addresses().isEmpty() ? String.join(", ", line.areas()) : line.where());
    fields.put("phones", String.join(", ", line.phones()));
    fields.put("hours", String.join("; ", line.hours()));
    return fields;
  }

  private static String nullToEmpty(String value) {
    return value == null ? "" : value;
  }
}
