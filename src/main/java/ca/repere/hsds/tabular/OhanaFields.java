package ca.repere.hsds.tabular;

import ca.repere.hsds.importing.HsdsFiles.Sink;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * The Ohana fields Repère reads and the JSON type each must have. A field of another type (a number
 * where text is expected, text where a list is) is reported at its file, line and field rather than
 * silently dropped; null and absent fields are fine, as in the real export.
 */
final class OhanaFields {

  private enum Kind {
    TEXT,
    LIST,
    OBJECT,
    ID,
    COORDINATES;

    boolean accepts(JsonNode value) {
      return switch (this) {
        case TEXT -> value.isString();
        case LIST -> value.isArray();
        case OBJECT -> value.isObject();
        case ID -> value.isIntegralNumber() || value.isString();
        case COORDINATES ->
            value.isArray()
                && value.size() == 2
                && value.get(0).isNumber()
                && value.get(1).isNumber()
                && Math.abs(value.get(0).asDouble()) <= 180
                && Math.abs(value.get(1).asDouble()) <= 90;
      };
    }

    String message() {
      return "hsds.import.error.expected-" + name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  private static final Map<String, Map<String, Kind>> FIELDS =
      Map.of(
          "services.json",
          Map.ofEntries(
              Map.entry("location_id", Kind.ID),
              Map.entry("name", Kind.TEXT),
              Map.entry("description", Kind.TEXT),
              Map.entry("audience", Kind.TEXT),
              Map.entry("eligibility", Kind.TEXT),
              Map.entry("fees", Kind.TEXT),
              Map.entry("how_to_apply", Kind.TEXT),
              Map.entry("wait", Kind.TEXT),
              Map.entry("urls", Kind.LIST),
              Map.entry("service_areas", Kind.LIST),
              Map.entry("funding_sources", Kind.LIST),
              Map.entry("category_ids", Kind.LIST)),
          "locations.json",
          Map.ofEntries(
              Map.entry("organization_id", Kind.ID),
              Map.entry("name", Kind.TEXT),
              Map.entry("description", Kind.TEXT),
              Map.entry("short_desc", Kind.TEXT),
              Map.entry("transportation", Kind.TEXT),
              Map.entry("hours", Kind.TEXT),
              Map.entry("coordinates", Kind.COORDINATES),
              Map.entry("address_attributes", Kind.OBJECT),
              Map.entry("mail_address_attributes", Kind.OBJECT),
              Map.entry("urls", Kind.LIST),
              Map.entry("emails", Kind.LIST),
              Map.entry("languages", Kind.LIST),
              Map.entry("accessibility", Kind.LIST),
              Map.entry("phones_attributes", Kind.LIST),
              Map.entry("faxes_attributes", Kind.LIST),
              Map.entry("contacts_attributes", Kind.LIST)),
          "organizations.json",
          Map.of("name", Kind.TEXT));

  private OhanaFields() {}

  /** Reports every field of the wrong type; true when there is none. */
  static boolean wellTyped(String file, long line, JsonNode record, Sink sink) {
    boolean ok = true;
    for (var field : FIELDS.getOrDefault(file, Map.of()).entrySet()) {
      JsonNode value = record.get(field.getKey());
      if (value != null && !value.isNull() && !field.getValue().accepts(value)) {
        sink.problem(file, line, field.getKey(), field.getValue().message(), shown(value));
        ok = false;
      }
    }
    return ok;
  }

  private static String shown(JsonNode value) {
    String json = value.toString();
    return json.length() > 60 ? json.substring(0, 60) + "…" : json;
  }
}
