package ca.repere.hsds.tabular;

import ca.repere.hsds.importing.HsdsFiles.Sink;
import ca.repere.hsds.mapping.FromHsds;
import java.nio.charset.StandardCharsets;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiConsumer;
import tools.jackson.databind.node.ObjectNode;

/**
 * Converts an HSDS 1.1 tabular package (Open211 Miami, the ILAO transformer output) into HSDS 3.0
 * tables. Integer ids become deterministic UUIDs (the same package imported again gives the same
 * ids, so re-importing updates); taxonomy codes (AIRS) stay codes of an HSDS taxonomy named after
 * the package's vocabulary. What 1.1 spells differently is renamed ({@code url} of an organization,
 * {@code fees}, weekday names, "9:00am"); what has no place in 3.0 (holiday schedules, payments
 * accepted) is left out, as docs/hsds.md says.
 */
final class Hsds11Conversion {

  /** Files only an HSDS 1.x package has. */
  private static final Set<String> SIGNATURE =
      Set.of(
          "services_at_location.csv",
          "physical_addresses.csv",
          "postal_addresses.csv",
          "regular_schedules.csv",
          "services_taxonomy.csv",
          "accessibility_for_disabilities.csv");

  /**
   * Tables whose ids no other 1.1 table points to. Real packages repeat ids there (Miami's
   * languages.csv gives the three languages of a service the service's id; a physical and a postal
   * address may share one): a row repeating an id already given in its table gets an id of its own,
   * derived from its file and line, so that every row is kept once.
   */
  private static final Set<String> UNREFERENCED =
      Set.of(
          "phone",
          "address",
          "schedule",
          "language",
          "accessibility",
          "service_area",
          "required_document",
          "funding",
          "attribute");

  private static final Set<String> PHONE_TYPES =
      Set.of("text", "voice", "fax", "cell", "video", "pager", "textphone");
  private static final Set<String> STATUSES =
      Set.of("active", "inactive", "defunct", "temporarily closed");
  private static final Set<String> CANADA =
      Set.of("QC", "ON", "NB", "NS", "PE", "NL", "MB", "SK", "AB", "BC", "YT", "NT", "NU");
  private static final DateTimeFormatter CLOCK =
      new DateTimeFormatterBuilder()
          .parseCaseInsensitive()
          .appendPattern("[h:mma][h:mm a][ha][h a][H:mm][H:mm:ss]")
          .toFormatter(Locale.ENGLISH);

  private final PackageFiles files;
  private final Sink sink;
  private final Tables tables = new Tables();
  private final Map<String, Set<String>> ids = new HashMap<>();
  private final String namespace;

  private Hsds11Conversion(PackageFiles files, Sink sink) {
    this.files = files;
    this.sink = sink;
    this.namespace = files.label().toLowerCase(Locale.ROOT).replaceAll("\\.zip$", "");
  }

  static boolean isHsds11(PackageFiles files) {
    return SIGNATURE.stream().anyMatch(files::has)
        || (files.has("services.csv")
            && !files.has("service_at_location.csv")
            && !files.has("datapackage.json"));
  }

  static Tables convert(PackageFiles files, Sink sink) {
    return new Hsds11Conversion(files, sink).convert();
  }

  private Tables convert() {
    convert("organizations.csv", "organization", this::organization);
    convert(
        "programs.csv",
        "program",
        (in, out) -> {
          keys(in, out, "organization_id", "organization");
          copy(in, out, "name", "alternate_name", "description");
        });
    convert("services.csv", "service", this::service);
    convert("locations.csv", "location", this::location);
    convert(
        "services_at_location.csv",
        "service_at_location",
        (in, out) -> {
          keys(in, out, "service_id", "service", "location_id", "location");
          copy(in, out, "description");
        });
    convert("phones.csv", "phone", this::phone);
    convert(
        "contacts.csv",
        "contact",
        (in, out) -> {
          keys(
              in,
              out,
              "organization_id",
              "organization",
              "service_id",
              "service",
              "service_at_location_id",
              "service_at_location");
          copy(in, out, "name", "title", "department");
          LegacyValues.email(in.get("email")).ifPresent(e -> out.put("email", e));
        });
    convert("physical_addresses.csv", "address", (in, out) -> address(in, out, "physical"));
    convert("postal_addresses.csv", "address", (in, out) -> address(in, out, "postal"));
    convert("regular_schedules.csv", "schedule", this::schedule);
    convert(
        "funding.csv",
        "funding",
        (in, out) -> {
          keys(in, out, "organization_id", "organization", "service_id", "service");
          copy(in, out, "source");
        });
    convert(
        "service_areas.csv",
        "service_area",
        (in, out) -> {
          keys(in, out, "service_id", "service");
          rename(in, out, "service_area", "name");
          copy(in, out, "description");
        });
    convert(
        "required_documents.csv",
        "required_document",
        (in, out) -> {
          keys(in, out, "service_id", "service");
          copy(in, out, "document");
        });
    convert(
        "languages.csv",
        "language",
        (in, out) -> {
          keys(in, out, "service_id", "service", "location_id", "location");
          rename(in, out, "language", "name");
        });
    convert(
        "accessibility_for_disabilities.csv",
        "accessibility",
        (in, out) -> {
          keys(in, out, "location_id", "location");
          rename(in, out, "accessibility", "description");
          copy(in, out, "details");
        });
    taxonomy();
    eligibility();
    leaveOutWhatHsds30CannotHold();
    if (!files.has("services_at_location.csv")) {
      servicesAtTheirOrganizationsLocations();
    }
    locationsUnderImportedOrganizations();
    return tables;
  }

  private void organization(Map<String, String> in, ObjectNode out) {
    copy(in, out, "name", "alternate_name", "tax_status", "tax_id", "legal_status");
    LegacyValues.email(in.get("email")).ifPresent(e -> out.put("email", e));
    // HSDS 3.0 requires a description: the name stands in for a missing one
    out.put("description", in.getOrDefault("description", in.get("name")));
    LegacyValues.url(in.get("url")).ifPresent(u -> out.put("website", u));
    integer(in, out, "year_incorporated");
  }

  private void service(Map<String, String> in, ObjectNode out) {
    keys(in, out, "organization_id", "organization", "program_id", "program");
    copy(
        in,
        out,
        "name",
        "alternate_name",
        "description",
        "interpretation_services",
        "application_process",
        "wait_time",
        "accreditations",
        "licenses");
    LegacyValues.url(in.get("url")).ifPresent(u -> out.put("url", u));
    LegacyValues.email(in.get("email")).ifPresent(e -> out.put("email", e));
    rename(in, out, "fees", "fees_description");
    String status = lower(in.get("status"));
    out.put("status", status != null && STATUSES.contains(status) ? status : "active");
  }

  private void location(Map<String, String> in, ObjectNode out) {
    keys(in, out, "organization_id", "organization");
    copy(in, out, "name", "alternate_name", "description", "transportation");
    out.put("location_type", "physical");
    number(in, out, "latitude");
    number(in, out, "longitude");
  }

  private void phone(Map<String, String> in, ObjectNode out) {
    keys(
        in,
        out,
        "location_id",
        "location",
        "service_id",
        "service",
        "organization_id",
        "organization",
        "contact_id",
        "contact",
        "service_at_location_id",
        "service_at_location");
    copy(in, out, "number", "description");
    integer(in, out, "extension");
    String type = lower(in.get("type"));
    if (type != null && PHONE_TYPES.contains(type)) {
      out.put("type", type);
    }
  }

  private void address(Map<String, String> in, ObjectNode out, String type) {
    keys(in, out, "location_id", "location");
    copy(
        in,
        out,
        "attention",
        "address_1",
        "address_2",
        "city",
        "region",
        "state_province",
        "postal_code",
        "country");
    String province = in.getOrDefault("state_province", "").toUpperCase(Locale.ROOT);
    if (!out.has("country")) {
      out.put("country", CANADA.contains(province) ? "CA" : "US");
    }
    out.put("address_type", type);
  }

  private void schedule(Map<String, String> in, ObjectNode out) {
    keys(
        in,
        out,
        "service_id",
        "service",
        "location_id",
        "location",
        "service_at_location_id",
        "service_at_location");
    String day = weekday(in.get("weekday"));
    if (day != null) {
      out.put("freq", "WEEKLY");
      out.put("byday", day);
    }
    clock(in.get("opens_at")).ifPresent(t -> out.put("opens_at", t));
    clock(in.get("closes_at")).ifPresent(t -> out.put("closes_at", t));
    rename(in, out, "original_text", "description");
  }

  /** Terms of {@code taxonomy.csv} with one taxonomy per vocabulary; links from services. */
  private void taxonomy() {
    Set<String> vocabularies = new HashSet<>();
    Map<String, String> vocabularyOfTerm = new HashMap<>();
    convert(
        "taxonomy.csv",
        "taxonomy_term",
        (in, out) -> {
          String vocabulary = in.getOrDefault("vocabulary", namespace);
          vocabularies.add(vocabulary);
          vocabularyOfTerm.put(in.get("id"), vocabulary);
          out.put("code", in.get("id"));
          copy(in, out, "name");
          out.put("description", in.getOrDefault("taxonomy_facet", in.get("name")));
          out.put("taxonomy", vocabulary);
          out.put("taxonomy_id", id("taxonomy", vocabulary));
        });
    for (String vocabulary : vocabularies) {
      ObjectNode taxonomy = tables.nodes().objectNode();
      taxonomy.put("id", id("taxonomy", vocabulary));
      taxonomy.put("name", vocabulary);
      taxonomy.put("description", vocabulary);
      taxonomy.put(Origins.FIELD, "taxonomy.csv:1");
      tables.add("taxonomy", new TabularRow("taxonomy.csv", 1, taxonomy));
    }
    convert(
        "services_taxonomy.csv",
        "attribute",
        (in, out) -> {
          keys(in, out, "service_id", "service", "taxonomy_id", "taxonomy_term");
          out.set("link_id", out.get("service_id"));
          out.set("taxonomy_term_id", out.get("taxonomy_id"));
          out.remove("service_id");
          out.remove("taxonomy_id");
          out.put("link_type", "service");
          out.put("link_entity", "service");
        });
  }

  /**
   * Rows HSDS 3.0 cannot hold, left out and listed: services without a name or whose organization
   * is not in the package, addresses without street or city, phones without number.
   */
  private void leaveOutWhatHsds30CannotHold() {
    Set<String> organizations = new HashSet<>();
    tables.rows("organization").forEach(r -> organizations.add(r.text("id")));
    organizations.addAll(draftsOfOrganizationsKnownOnlyByTheirLocations(organizations));
    tables.removeIf(
        "service",
        r -> {
          if (r.text("name") == null) {
            return skip(r, "name", "hsds.import.skipped.no-name");
          }
          String organization = r.text("organization_id");
          return organization == null || !organizations.contains(organization)
              ? skip(r, "organization_id", "hsds.import.skipped.no-organization")
              : false;
        });
    tables.removeIf(
        "address",
        r ->
            r.text("address_1") == null || r.text("city") == null
                ? skip(
                    r,
                    r.text("address_1") == null ? "address_1" : "city",
                    "hsds.import.skipped.incomplete")
                : false);
    tables.removeIf(
        "phone",
        r -> r.text("number") == null && skip(r, "number", "hsds.import.skipped.incomplete"));
    for (TabularRow address : tables.rows("address")) {
      address
          .values()
          .put(
              "state_province",
              address.text("state_province") == null ? "" : address.text("state_province"));
      address
          .values()
          .put(
              "postal_code",
              address.text("postal_code") == null ? "" : address.text("postal_code"));
    }
  }

  /**
   * Real packages name organizations they do not describe (ILAO: 125 of 158, Miami: 82 of 1,156):
   * services and locations carry an {@code organization_id} that {@code organizations.csv} lacks.
   * Leaving those services out would lose them (341 of ILAO's 430); publishing them under an
   * invented organization would show the public a guess. An organization that at least one location
   * names becomes a <em>draft</em> named after its locations, under the id it would have had (a
   * later package that describes it updates it): its services are imported but stay off the public
   * site, the API and exports until a curator completes and publishes it. Each draft is listed in
   * the report at the location row that names it.
   */
  private Set<String> draftsOfOrganizationsKnownOnlyByTheirLocations(Set<String> described) {
    Set<String> named = new HashSet<>();
    tables.rows("service").forEach(r -> named.add(r.text("organization_id")));
    Map<String, List<TabularRow>> locations = new java.util.LinkedHashMap<>();
    for (TabularRow location : tables.rows("location")) {
      String organization = location.text("organization_id");
      if (organization != null
          && named.contains(organization)
          && !described.contains(organization)) {
        locations.computeIfAbsent(organization, k -> new java.util.ArrayList<>()).add(location);
      }
    }
    locations.forEach(this::draftOrganization);
    return locations.keySet();
  }

  private void draftOrganization(String id, List<TabularRow> locations) {
    List<String> names =
        locations.stream().map(l -> l.text("name")).filter(n -> n != null).distinct().toList();
    String name =
        names.isEmpty()
            ? "?"
            : String.join(" / ", names.subList(0, Math.min(3, names.size())))
                + (names.size() > 3 ? " / …" : "");
    TabularRow first = locations.get(0);
    ObjectNode organization = tables.nodes().objectNode();
    organization.put("id", id);
    organization.put("name", name);
    organization.put("description", name);
    organization.put(FromHsds.DRAFT, true);
    organization.put(Origins.FIELD, first.file() + ":" + first.line());
    tables.add("organization", new TabularRow(first.file(), first.line(), organization));
    sink.drafted(
        first.file(),
        first.line(),
        "organization_id",
        "hsds.import.drafted.organization",
        name,
        locations.size());
  }

  private boolean skip(TabularRow row, String field, String key) {
    sink.skipped(row.file(), row.line(), field, key);
    return true;
  }

  /** {@code eligibility.csv} rows become the service's eligibility description. */
  private void eligibility() {
    Map<String, ObjectNode> services = new HashMap<>();
    tables.rows("service").forEach(r -> services.put(r.text("id"), r.values()));
    rows("eligibility.csv")
        .forEach(
            (line, in) -> {
              ObjectNode service = services.get(id("service", in.get("service_id")));
              String text = in.get("eligibility");
              if (service != null && text != null) {
                String before = service.path("eligibility_description").asString("");
                service.put(
                    "eligibility_description", before.isEmpty() ? text : before + "\n" + text);
              }
            });
  }

  /**
   * Without a services-at-location table (ILAO), a service is offered at its organization's
   * locations.
   */
  private void servicesAtTheirOrganizationsLocations() {
    Map<String, List<TabularRow>> locations = new HashMap<>();
    tables
        .rows("location")
        .forEach(
            l ->
                locations
                    .computeIfAbsent(l.text("organization_id"), k -> new java.util.ArrayList<>())
                    .add(l));
    for (TabularRow service : tables.rows("service")) {
      for (TabularRow location :
          locations.getOrDefault(service.text("organization_id"), List.of())) {
        ObjectNode sal = tables.nodes().objectNode();
        sal.put(
            "id",
            UUID.nameUUIDFromBytes(
                    (service.text("id") + ":" + location.text("id"))
                        .getBytes(StandardCharsets.UTF_8))
                .toString());
        sal.put("service_id", service.text("id"));
        sal.put("location_id", location.text("id"));
        sal.put(Origins.FIELD, service.file() + ":" + service.line());
        tables.add("service_at_location", new TabularRow(service.file(), service.line(), sal));
      }
    }
  }

  /**
   * A location keeps the organization it names only when the package imports that organization,
   * that is when a service kept names it: organizations come in with their services. Otherwise the
   * location belongs to the organization of the first service offered there (a location is imported
   * only through its services anyway). Miami needs this: each of its locations names itself as
   * organization ({@code organization_id} = its own id), an organization described nowhere, while
   * its services name their real organization.
   */
  private void locationsUnderImportedOrganizations() {
    Map<String, String> organizationOfService = new HashMap<>();
    tables
        .rows("service")
        .forEach(s -> organizationOfService.put(s.text("id"), s.text("organization_id")));
    Set<String> imported = new HashSet<>(organizationOfService.values());
    Map<String, String> organizationOfFirstService = new HashMap<>();
    for (TabularRow sal : tables.rows("service_at_location")) {
      String organization = organizationOfService.get(sal.text("service_id"));
      if (organization != null && sal.text("location_id") != null) {
        organizationOfFirstService.putIfAbsent(sal.text("location_id"), organization);
      }
    }
    for (TabularRow location : tables.rows("location")) {
      String organization = organizationOfFirstService.get(location.text("id"));
      if (!imported.contains(location.text("organization_id")) && organization != null) {
        location.values().put("organization_id", organization);
      }
    }
  }

  // --- rows ---------------------------------------------------------------------------------

  private void convert(String file, String table, BiConsumer<Map<String, String>, ObjectNode> map) {
    rows(file)
        .forEach(
            (line, in) -> {
              ObjectNode out = tables.nodes().objectNode();
              out.put("id", rowId(table, in.get("id"), file, line));
              map.accept(in, out);
              out.put(Origins.FIELD, file + ":" + line);
              tables.add(table, new TabularRow(file, line, out));
            });
  }

  /** The row's id: its own, unless an unreferenced table already gave it to another row. */
  private String rowId(String table, String given, String file, long line) {
    String id = id(table, given != null ? given : "line-" + line);
    if (!ids.computeIfAbsent(table, t -> new HashSet<>()).add(id) && UNREFERENCED.contains(table)) {
      return id(table, file + ":" + line);
    }
    return id;
  }

  /** The non-blank cells of each row, by line. */
  private Map<Long, Map<String, String>> rows(String file) {
    Map<Long, Map<String, String>> rows = new java.util.LinkedHashMap<>();
    files
        .bytes(file)
        .flatMap(bytes -> CsvFile.read(file, bytes, sink))
        .ifPresent(
            csv ->
                csv.rows()
                    .forEach(
                        r -> {
                          Map<String, String> cells = new HashMap<>();
                          r.values()
                              .forEach(
                                  (k, v) -> {
                                    if (k != null && v != null && !v.isBlank()) {
                                      cells.put(k, v.strip().replace("\\n", "\n"));
                                    }
                                  });
                          rows.put(r.line(), cells);
                        }));
    return rows;
  }

  /** A deterministic UUID for a 1.1 id of a table of this package. */
  private String id(String table, String given) {
    return UUID.nameUUIDFromBytes(
            ("hsds-1.1/" + namespace + "/" + table + "/" + given).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** Foreign keys: pairs of column and the table it points to. */
  private void keys(Map<String, String> in, ObjectNode out, String... columnsAndTables) {
    for (int i = 0; i < columnsAndTables.length; i += 2) {
      String value = in.get(columnsAndTables[i]);
      if (value != null) {
        out.put(columnsAndTables[i], id(columnsAndTables[i + 1], value));
      }
    }
  }

  private static void copy(Map<String, String> in, ObjectNode out, String... columns) {
    for (String column : columns) {
      rename(in, out, column, column);
    }
  }

  private static void rename(Map<String, String> in, ObjectNode out, String from, String to) {
    String value = in.get(from);
    if (value != null) {
      out.put(to, value);
    }
  }

  private static void integer(Map<String, String> in, ObjectNode out, String column) {
    String value = in.get(column);
    if (value != null && value.matches("\\d{1,9}")) {
      out.put(column, Integer.parseInt(value));
    }
  }

  private static void number(Map<String, String> in, ObjectNode out, String column) {
    try {
      String value = in.get(column);
      if (value != null) {
        out.put(column, new java.math.BigDecimal(value));
      }
    } catch (NumberFormatException e) {
      // real 1.1 exports hold "N/A" and the like: the location stays without coordinates
    }
  }

  private static String lower(String value) {
    return value == null ? null : value.toLowerCase(Locale.ROOT);
  }

  private static String weekday(String value) {
    if (value == null) {
      return null;
    }
    String v = value.strip().toLowerCase(Locale.ROOT);
    List<String> days = List.of("mo", "tu", "we", "th", "fr", "sa", "su");
    if (v.matches("[1-7]")) {
      return days.get(Integer.parseInt(v) - 1).toUpperCase(Locale.ROOT);
    }
    return v.length() >= 2 && days.contains(v.substring(0, 2))
        ? v.substring(0, 2).toUpperCase(Locale.ROOT)
        : null;
  }

  private static java.util.Optional<String> clock(String value) {
    if (value == null) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(
          LocalTime.parse(value.strip().replace(".", ""), CLOCK).toString());
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }
}
