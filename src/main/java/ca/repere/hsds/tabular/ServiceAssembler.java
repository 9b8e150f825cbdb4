package ca.repere.hsds.tabular;

import ca.repere.hsds.importing.HsdsFiles.Sink;
import ca.repere.hsds.importing.HsdsFiles.SourceRecord;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Builds HSDS 3.0 compiled services out of the rows of a tabular package, by following the foreign
 * keys the way {@code /services/{id}} nests them: a service with its organization, program, phones,
 * schedules, areas, languages, costs, documents, funding, contacts, attributes (with their terms
 * and taxonomies) and service-at-locations (with their locations and everything of the location).
 * Each service is handed to the sink as a record of {@code services.csv}; a service-at-location
 * naming a location that is not in the package is reported at its own row.
 */
public final class ServiceAssembler {

  private final Tables tables;
  private final Sink sink;
  private final Map<String, Map<String, TabularRow>> byId = new HashMap<>();
  private final Map<String, Map<String, List<TabularRow>>> byKey = new HashMap<>();

  private ServiceAssembler(Tables tables, Sink sink) {
    this.tables = tables;
    this.sink = sink;
  }

  public static void assemble(Tables tables, Sink sink) {
    new ServiceAssembler(tables, sink).services();
  }

  private void services() {
    for (TabularRow row : tables.rows("service")) {
      sink.record(new SourceRecord(row.file(), row.line(), "", service(row)));
    }
  }

  private ObjectNode service(TabularRow row) {
    ObjectNode service = row.values().deepCopy();
    String id = row.text("id");
    one("organization", row.text("organization_id")).ifPresent(o -> service.set("organization", o));
    one("program", row.text("program_id")).ifPresent(p -> service.set("program", p));
    many(service, "phones", "phone", "service_id", id);
    many(service, "schedules", "schedule", "service_id", id);
    many(service, "service_areas", "service_area", "service_id", id);
    many(service, "languages", "language", "service_id", id);
    many(service, "cost_options", "cost_option", "service_id", id);
    many(service, "required_documents", "required_document", "service_id", id);
    many(service, "funding", "funding", "service_id", id);
    many(service, "contacts", "contact", "service_id", id);
    ArrayNode attributes = service.putArray("attributes");
    for (TabularRow a : rows("attribute", "link_id", id, r -> isAboutService(r))) {
      ObjectNode attribute = a.values().deepCopy();
      term(a.text("taxonomy_term_id")).ifPresent(t -> attribute.set("taxonomy_term", t));
      attributes.add(attribute);
    }
    ArrayNode located = service.putArray("service_at_locations");
    for (TabularRow sal : rows("service_at_location", "service_id", id, r -> true)) {
      ObjectNode node = sal.values().deepCopy();
      String locationId = sal.text("location_id");
      Optional<ObjectNode> location = location(locationId);
      if (location.isEmpty()) {
        sink.problem(
            sal.file(),
            sal.line(),
            "location_id",
            "hsds.import.error.unknown-reference",
            "location",
            locationId);
        continue;
      }
      node.set("location", location.get());
      located.add(node);
    }
    return service;
  }

  private static boolean isAboutService(TabularRow attribute) {
    String entity = attribute.text("link_entity");
    return entity == null || entity.equals("service");
  }

  private Optional<ObjectNode> location(String id) {
    return one("location", id)
        .map(
            location -> {
              many(location, "addresses", "address", "location_id", id);
              many(location, "accessibility", "accessibility", "location_id", id);
              location.set(
                  "phones",
                  copies(rows("phone", "location_id", id, r -> r.text("service_id") == null)));
              location.set(
                  "schedules",
                  copies(rows("schedule", "location_id", id, r -> r.text("service_id") == null)));
              location.set(
                  "languages",
                  copies(rows("language", "location_id", id, r -> r.text("service_id") == null)));
              return location;
            });
  }

  private Optional<ObjectNode> term(String id) {
    return one("taxonomy_term", id)
        .map(
            term -> {
              one("taxonomy", term.path("taxonomy_id").asString(null))
                  .ifPresent(t -> term.set("taxonomy_detail", t));
              return term;
            });
  }

  private Optional<ObjectNode> one(String table, String id) {
    if (id == null) {
      return Optional.empty();
    }
    TabularRow row = byId.computeIfAbsent(table, this::index).get(id);
    return Optional.ofNullable(row).map(r -> r.values().deepCopy());
  }

  private void many(ObjectNode parent, String field, String table, String key, String id) {
    parent.set(field, copies(rows(table, key, id, r -> true)));
  }

  private List<TabularRow> rows(String table, String key, String id, Predicate<TabularRow> keep) {
    if (id == null) {
      return List.of();
    }
    return byKey
        .computeIfAbsent(table + "." + key, k -> group(table, key))
        .getOrDefault(id, List.of())
        .stream()
        .filter(keep)
        .toList();
  }

  private ArrayNode copies(List<TabularRow> rows) {
    ArrayNode array = tables.nodes().arrayNode();
    rows.forEach(r -> array.add(r.values().deepCopy()));
    return array;
  }

  private Map<String, TabularRow> index(String table) {
    Map<String, TabularRow> index = new HashMap<>();
    tables.rows(table).forEach(r -> index.putIfAbsent(r.text("id"), r));
    return index;
  }

  private Map<String, List<TabularRow>> group(String table, String key) {
    Map<String, List<TabularRow>> groups = new HashMap<>();
    for (TabularRow row : tables.rows(table)) {
      String value = row.text(key);
      if (value != null) {
        groups.computeIfAbsent(value, k -> new ArrayList<>()).add(row);
      }
    }
    return groups;
  }
}
