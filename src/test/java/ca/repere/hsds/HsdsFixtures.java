package ca.repere.hsds;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/** HSDS test data: the official files read in place, and small services built for a test. */
final class HsdsFixtures {

  static final ObjectMapper JSON = JsonMapper.builder().build();

  private HsdsFixtures() {}

  /**
   * The HSDS reference folder (../shared/hsds). Missing: the test is skipped on a workstation and
   * fails under CI=true, where it must be there.
   */
  static Path hsdsDir() {
    Path dir = Path.of(System.getProperty("repere.hsds-dir", "../shared/hsds"));
    if (!Files.isDirectory(dir.resolve("schema/3.0"))) {
      if ("true".equals(System.getenv("CI"))) {
        fail("HSDS reference data missing at " + dir.toAbsolutePath() + " (repere.hsds-dir)");
      }
      assumeTrue(false, "HSDS reference data missing at " + dir.toAbsolutePath());
    }
    return dir;
  }

  static ObjectNode officialExample() {
    return (ObjectNode) read(hsdsDir().resolve("examples/3.0/service_full.json"));
  }

  static JsonNode read(Path file) {
    return JSON.readTree(file.toFile());
  }

  /** A small valid service with its organization, French text and an English extension. */
  static ObjectNode service(UUID id, UUID organizationId, String name) {
    ObjectNode service = JSON.createObjectNode();
    service.put("id", id.toString());
    service.put("name", name);
    service.put("name_en", name + " (EN)");
    service.put("description", "Description de " + name);
    service.put("status", "active");
    ObjectNode organization = service.putObject("organization");
    organization.put("id", organizationId.toString());
    organization.put("name", "Organisme " + name);
    organization.put("description", "Un organisme communautaire");
    ObjectNode phone = service.putArray("phones").addObject();
    phone.put("id", UUID.randomUUID().toString());
    phone.put("number", "418 555-0100");
    phone.put("type", "voice");
    ObjectNode area = service.putArray("service_areas").addObject();
    area.put("id", UUID.randomUUID().toString());
    area.put("name", "Nulle-Part-sur-Mer");
    return service;
  }

  static Path write(Path dir, String name, List<? extends JsonNode> records, boolean ndjson) {
    StringBuilder text = new StringBuilder();
    if (ndjson) {
      records.forEach(r -> text.append(JSON.writeValueAsString(r)).append('\n'));
    } else {
      text.append(JSON.writerWithDefaultPrettyPrinter().writeValueAsString(records));
    }
    return write(dir, name, text.toString());
  }

  static Path write(Path dir, String name, String text) {
    try {
      Path file = dir.resolve(name);
      Files.writeString(file, text, StandardCharsets.UTF_8);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static final java.util.regex.Pattern UUIDS =
      java.util.regex.Pattern.compile(
          "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");

  /**
   * The text with every UUID replaced through the map (a new random one for a UUID not seen yet):
   * the same records under ids no directory holds, as if imported into an empty one.
   */
  static String renameIds(String text, java.util.Map<String, String> renamed) {
    return UUIDS
        .matcher(text)
        .replaceAll(
            m ->
                renamed.computeIfAbsent(
                    m.group().toLowerCase(java.util.Locale.ROOT),
                    k -> UUID.randomUUID().toString()));
  }

  /** Copies a folder of text files, renaming every UUID through the map. */
  static Path renameIds(Path from, Path to, java.util.Map<String, String> renamed) {
    try (var files = Files.list(from)) {
      Files.createDirectories(to);
      for (Path file : files.toList()) {
        Files.writeString(
            to.resolve(file.getFileName()),
            renameIds(Files.readString(file), renamed),
            StandardCharsets.UTF_8);
      }
      return to;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * The official example with fresh ids, made importable: its latitude (100) fixed and its
   * references to parents it does not hold removed.
   */
  static ObjectNode importableOfficialExample() {
    ObjectNode example = officialExample();
    ObjectNode location = (ObjectNode) example.at("/service_at_locations/0/location");
    location.put("latitude", 49.22);
    location.put("longitude", -65.81);
    ((ObjectNode) example.get("organization")).remove("parent_organization_id");
    example
        .get("attributes")
        .forEach(a -> ((ObjectNode) a.get("taxonomy_term")).remove("parent_id"));
    return (ObjectNode)
        JSON.readTree(renameIds(JSON.writeValueAsString(example), new java.util.HashMap<>()));
  }
}
