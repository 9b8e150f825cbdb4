package ca.repere.hsds.tabular;

import ca.repere.hsds.importing.HsdsFiles.Sink;
import ca.repere.hsds.importing.HsdsFiles.SourceRecord;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts the legacy Ohana API export (San Mateo County, 2014: MongoDB JSON lines of
 * organizations, locations and services, and the Open Eligibility tree in {@code *oe*.json}) into
 * HSDS 3.0 compiled services. Ohana hangs services under a location: each service becomes a service
 * of the location's organization offered at that location. Integer ids become deterministic UUIDs;
 * {@code category_ids} become Open Eligibility taxonomy terms; {@code hours} stay as text (Ohana
 * has no structured hours).
 */
public final class OhanaConversion {

  public static final String TAXONOMY = "Open Eligibility";

  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Path folder;
  private final Sink sink;
  private final Map<String, Line> organizations;
  private final Map<String, Line> locations;
  private final Map<String, String> categories = new HashMap<>();

  private record Line(String file, long number, JsonNode node) {}

  private OhanaConversion(Path folder, Sink sink) {
    this.folder = folder;
    this.sink = sink;
    this.organizations = lines("organizations.json");
    this.locations = lines("locations.json");
    readCategories();
  }

  /** A folder with Ohana's three MongoDB exports (their records carry a Mongo {@code _id}). */
  public static boolean isOhana(Path path) {
    Path services = path.resolve("services.json");
    if (!Files.isDirectory(path)
        || !Files.isRegularFile(path.resolve("locations.json"))
        || !Files.isRegularFile(path.resolve("organizations.json"))
        || !Files.isRegularFile(services)) {
      return false;
    }
    // the first line only, leniently decoded: a Latin-1 line further on is reported, not a reason
    // to take the folder for another format
    try (var in = Files.newInputStream(services)) {
      String start = new String(in.readNBytes(64 * 1024), StandardCharsets.ISO_8859_1);
      return start.lines().findFirst().map(l -> l.contains("\"_id\"")).orElse(false);
    } catch (IOException e) {
      return false;
    }
  }

  public static void read(Path folder, Sink sink) {
    OhanaConversion ohana = new OhanaConversion(folder, sink);
    ohana.lines("services.json").values().forEach(ohana::service);
  }

  private void service(Line line) {
    JsonNode in = line.node();
    if (!knownCategories(line)) {
      return;
    }
    Line location = locations.get(in.path("location_id").asString(""));
    if (location == null) {
      sink.problem(
          line.file(),
          line.number(),
          "location_id",
          "hsds.import.error.unknown-reference",
          "location",
          in.path("location_id").asString(""));
      return;
    }
    JsonNode loc = location.node();
    Line organization = organizations.get(loc.path("organization_id").asString(""));
    if (organization == null) {
      sink.problem(
          location.file(),
          location.number(),
          "organization_id",
          "hsds.import.error.unknown-reference",
          "organization",
          loc.path("organization_id").asString(""));
      return;
    }
    ObjectNode out = JSON.createObjectNode();
    String serviceId = id("service", in.path("id").asString());
    out.put("id", serviceId);
    out.put("name", text(in, "name", text(loc, "name", "")));
    out.put("status", "active");
    put(
        out,
        "description",
        text(in, "description", text(loc, "description", text(loc, "short_desc", null))));
    put(
        out,
        "eligibility_description",
        join(text(in, "audience", null), text(in, "eligibility", null)));
    put(out, "fees_description", text(in, "fees", null));
    put(out, "application_process", text(in, "how_to_apply", null));
    put(out, "wait_time", text(in, "wait", null));
    LegacyValues.url(first(in.path("urls"), first(loc.path("urls"), null)))
        .ifPresent(u -> out.put("url", u));
    LegacyValues.email(first(loc.path("emails"), null)).ifPresent(e -> out.put("email", e));
    out.set("organization", organization(organization));
    out.put("organization_id", out.path("organization").path("id").asString());
    ArrayNode areas = out.putArray("service_areas");
    distinct(in.path("service_areas"))
        .forEach(a -> child(areas, "service_area", serviceId + a).put("name", a));
    ArrayNode funding = out.putArray("funding");
    distinct(in.path("funding_sources"))
        .forEach(f -> child(funding, "funding", serviceId + f).put("source", f));
    ArrayNode contacts = out.putArray("contacts");
    loc.path("contacts_attributes")
        .forEach(
            c -> {
              ObjectNode contact =
                  child(contacts, "contact", serviceId + c.path("_id").path("$oid").asString(""));
              put(contact, "name", text(c, "name", null));
              put(contact, "title", text(c, "title", null));
            });
    ArrayNode attributes = out.putArray("attributes");
    in.path("category_ids").forEach(code -> attribute(attributes, serviceId, code.asString()));
    ArrayNode located = out.putArray("service_at_locations");
    ObjectNode sal =
        child(located, "service_at_location", serviceId + ":" + loc.path("id").asString());
    sal.put("service_id", serviceId);
    sal.set("location", location(location));
    sal.put("location_id", sal.path("location").path("id").asString());
    out.put(Origins.FIELD, line.file() + ":" + line.number());
    sink.record(new SourceRecord(line.file(), line.number(), "", out));
  }

  /** Every {@code category_ids} code must be in the Open Eligibility tree read beside. */
  private boolean knownCategories(Line line) {
    boolean known = true;
    JsonNode codes = line.node().path("category_ids");
    for (int i = 0; i < codes.size(); i++) {
      if (!categories.containsKey(codes.get(i).asString())) {
        sink.problem(
            line.file(),
            line.number(),
            "category_ids/" + i,
            "hsds.import.error.unknown-reference",
            "taxonomy_term",
            codes.get(i).asString());
        known = false;
      }
    }
    return known;
  }

  private ObjectNode organization(Line line) {
    ObjectNode out = JSON.createObjectNode();
    out.put("id", id("organization", line.node().path("id").asString()));
    out.put("name", text(line.node(), "name", ""));
    out.put("description", text(line.node(), "name", ""));
    out.put(Origins.FIELD, line.file() + ":" + line.number());
    return out;
  }

  private ObjectNode location(Line line) {
    JsonNode in = line.node();
    String locationId = id("location", in.path("id").asString());
    ObjectNode out = JSON.createObjectNode();
    out.put("id", locationId);
    out.put("location_type", "physical");
    out.put("name", text(in, "name", ""));
    put(out, "description", text(in, "short_desc", null));
    put(out, "transportation", text(in, "transportation", null));
    JsonNode coordinates = in.path("coordinates");
    if (coordinates.size() == 2 && coordinates.get(0).isNumber() && coordinates.get(1).isNumber()) {
      out.put("longitude", coordinates.get(0).decimalValue());
      out.put("latitude", coordinates.get(1).decimalValue());
    }
    ArrayNode addresses = out.putArray("addresses");
    address(addresses, locationId, in.path("address_attributes"), "physical");
    address(addresses, locationId, in.path("mail_address_attributes"), "postal");
    ArrayNode phones = out.putArray("phones");
    phones(phones, locationId, in.path("phones_attributes"), null);
    phones(phones, locationId, in.path("faxes_attributes"), "fax");
    ArrayNode languages = out.putArray("languages");
    distinct(in.path("languages"))
        .forEach(l -> child(languages, "language", locationId + l).put("name", l));
    ArrayNode accessibility = out.putArray("accessibility");
    distinct(in.path("accessibility"))
        .forEach(a -> child(accessibility, "accessibility", locationId + a).put("description", a));
    String hours = text(in, "hours", null);
    ArrayNode schedules = out.putArray("schedules");
    if (hours != null) {
      child(schedules, "schedule", locationId + "hours").put("description", hours);
    }
    out.put(Origins.FIELD, line.file() + ":" + line.number());
    return out;
  }

  private void address(ArrayNode addresses, String locationId, JsonNode in, String type) {
    if (!in.isObject() || text(in, "street", null) == null || text(in, "city", null) == null) {
      return;
    }
    ObjectNode a = child(addresses, "address", locationId + type);
    put(a, "attention", text(in, "attention", null));
    a.put("address_1", text(in, "street", ""));
    a.put("city", text(in, "city", ""));
    a.put("state_province", text(in, "state", "CA"));
    a.put("postal_code", text(in, "zip", ""));
    a.put("country", "US");
    a.put("address_type", type);
  }

  private void phones(ArrayNode phones, String locationId, JsonNode in, String type) {
    for (JsonNode p : in) {
      String number = text(p, "number", null);
      if (number != null) {
        ObjectNode phone = child(phones, "phone", locationId + number + type);
        phone.put("number", number);
        put(phone, "type", "TTY".equalsIgnoreCase(text(p, "number_type", "")) ? "textphone" : type);
        departmentAndExtension(phone, p);
      }
    }
  }

  /**
   * The department is the phone's description. HSDS wants the extension as a number: one that is
   * not ("507/509", "222 (Volunteers)") follows the department in the description.
   */
  private static void departmentAndExtension(ObjectNode phone, JsonNode in) {
    String department = text(in, "department", null);
    String extension =
        in.path("extension").isIntegralNumber()
            ? in.path("extension").asString()
            : text(in, "extension", null);
    if (extension != null && extension.matches("\\d{1,9}")) {
      phone.put("extension", Integer.parseInt(extension));
    } else if (extension != null) {
      department = department == null ? "ext. " + extension : department + ", ext. " + extension;
    }
    put(phone, "description", department);
  }

  private void attribute(ArrayNode attributes, String serviceId, String code) {
    String name = categories.get(code);
    if (name == null) {
      return; // reported by unknownCategories
    }
    ObjectNode attribute = child(attributes, "attribute", serviceId + code);
    ObjectNode term = attribute.putObject("taxonomy_term");
    term.put("id", id("oe-term", code));
    term.put("code", code);
    term.put("name", name);
    term.put("description", name);
    term.put("taxonomy", TAXONOMY);
    ObjectNode taxonomy = term.putObject("taxonomy_detail");
    taxonomy.put("id", id("taxonomy", TAXONOMY));
    taxonomy.put("name", TAXONOMY);
    taxonomy.put("description", "Open Eligibility taxonomy (Ohana API)");
    term.put("taxonomy_id", taxonomy.path("id").asString());
    attribute.put("taxonomy_term_id", term.path("id").asString());
    attribute.put("link_id", serviceId);
    attribute.put("link_entity", "service");
  }

  /** The Open Eligibility tree: every {@code @id} with its {@code @title}, at any depth. */
  private void readCategories() {
    try (var files = Files.list(folder)) {
      files
          .filter(f -> f.getFileName().toString().contains("oe") && f.toString().endsWith(".json"))
          .findFirst()
          .ifPresent(f -> collect(JSON.readTree(f.toFile())));
    } catch (IOException | JacksonException e) {
      sink.problem("open_eligibility", 0, "", "hsds.import.error.unreadable", e.getMessage());
    }
  }

  private void collect(JsonNode node) {
    if (node.isObject() && node.has("@id")) {
      categories.put(node.path("@id").asString(), node.path("@title").asString());
    }
    node.forEach(this::collect);
  }

  private Map<String, Line> lines(String file) {
    Map<String, Line> result = new java.util.LinkedHashMap<>();
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(folder.resolve(file));
    } catch (IOException e) {
      sink.problem(file, 0, "", "hsds.import.error.unreadable", e.getMessage());
      return result;
    }
    long number = 0;
    for (int start = 0; start < bytes.length; ) {
      int end = start;
      while (end < bytes.length && bytes[end] != '\n') {
        end++;
      }
      number++;
      read(file, number, bytes, start, end - start).ifPresent(line -> keep(line, result));
      start = end + 1;
    }
    return result;
  }

  /** One line as JSON; a line that is not UTF-8 or not JSON is reported at its number. */
  private java.util.Optional<Line> read(
      String file, long number, byte[] bytes, int from, int length) {
    String text;
    try {
      text =
          StandardCharsets.UTF_8
              .newDecoder()
              .onMalformedInput(CodingErrorAction.REPORT)
              .onUnmappableCharacter(CodingErrorAction.REPORT)
              .decode(ByteBuffer.wrap(bytes, from, length))
              .toString();
    } catch (CharacterCodingException e) {
      sink.problem(file, number, "", "hsds.import.error.encoding");
      return java.util.Optional.empty();
    }
    if (text.isBlank()) {
      return java.util.Optional.empty();
    }
    try {
      JsonNode node = JSON.readTree(text);
      if (!node.isObject()) {
        sink.problem(file, number, "", "hsds.import.error.not-object");
        return java.util.Optional.empty();
      }
      return java.util.Optional.of(new Line(file, number, node));
    } catch (JacksonException e) {
      sink.problem(file, number, "", "hsds.import.error.json", e.getOriginalMessage());
      return java.util.Optional.empty();
    }
  }

  /** Keeps a record by its Ohana id, once its id and the types of its fields are checked. */
  private void keep(Line line, Map<String, Line> records) {
    JsonNode id = line.node().path("id");
    if (!(id.isIntegralNumber() || (id.isString() && !id.asString().isBlank()))) {
      sink.problem(line.file(), line.number(), "id", "hsds.import.error.empty");
      return;
    }
    Line first = records.get(id.asString());
    if (first != null) {
      sink.problem(
          line.file(),
          line.number(),
          "id",
          "hsds.import.error.duplicate-id",
          id.asString(),
          String.valueOf(first.number()));
      return;
    }
    if (OhanaFields.wellTyped(line.file(), line.number(), line.node(), sink)) {
      records.put(id.asString(), line);
    }
  }

  private String id(String table, String given) {
    return UUID.nameUUIDFromBytes(("ohana/" + table + "/" + given).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /**
   * A new element of the array, under an id derived from what it says (Ohana's nested records have
   * no id): a location's phone from its number, a contact from its Mongo id. Real records repeat
   * such a key (a number listed twice, for two departments or as voice and TTY): the repeat gets
   * its rank in the key, so that each element is kept, once, under an id of its own.
   */
  private ObjectNode child(ArrayNode array, String table, String key) {
    String id = id(table, key);
    for (int rank = 2; holds(array, id); rank++) {
      id = id(table, key + "#" + rank);
    }
    ObjectNode child = array.addObject();
    child.put("id", id);
    return child;
  }

  private static boolean holds(ArrayNode array, String id) {
    for (JsonNode element : array) {
      if (id.equals(element.path("id").asString(null))) {
        return true;
      }
    }
    return false;
  }

  /** The values of a list of names, each once: an area or a language listed twice is one. */
  private static java.util.Collection<String> distinct(JsonNode list) {
    java.util.Set<String> values = new java.util.LinkedHashSet<>();
    list.forEach(value -> values.add(value.asString()));
    return values;
  }

  private static String text(JsonNode node, String field, String fallback) {
    JsonNode value = node.path(field);
    return value.isString() && !value.asString().isBlank() ? value.asString().strip() : fallback;
  }

  private static String first(JsonNode array, String fallback) {
    return array.isArray() && !array.isEmpty() && array.get(0).isString()
        ? array.get(0).asString()
        : fallback;
  }

  private static String join(String a, String b) {
    return a == null ? b : b == null ? a : a + "\n" + b;
  }

  private static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }
}
