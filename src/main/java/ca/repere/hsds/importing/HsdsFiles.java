package ca.repere.hsds.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Streams the records of HSDS files one by one, with the file and line each starts on: a JSON array
 * of services, a {@code Page} envelope ({@code contents}), one service object, NDJSON (one service
 * a line), and organizations with nested {@code services} (each service gets its organization).
 * Broken JSON and bytes that are not UTF-8 are reported where they are, never thrown.
 */
public final class HsdsFiles {

  /** One service to import; {@code pointer} is its place in the file ("" or "/3"). */
  public record SourceRecord(String file, long line, String pointer, JsonNode node) {}

  /** Receives the records and the problems of reading them. */
  public interface Sink {
    void record(SourceRecord record);

    void problem(String file, long line, String pointer, String key, Object... args);

    /**
     * A row a legacy format holds that HSDS 3.0 cannot take (an address without street, a phone
     * without number): left out and listed in the report, the rest is imported.
     */
    default void skipped(String file, long line, String pointer, String key, Object... args) {}

    /**
     * A record a legacy format only names (an organization without its row): imported as a draft
     * for a curator to complete, and listed in the report.
     */
    default void drafted(String file, long line, String pointer, String key, Object... args) {}
  }

  /** Reads one record at a time from a stream: what follows a record is the next one. */
  private static final ObjectMapper JSON =
      JsonMapper.builder().disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

  /** Reads one NDJSON line: anything after the record is an error. */
  private static final ObjectMapper LINE = JsonMapper.builder().build();

  private HsdsFiles() {}

  /** The files to import: the file itself, or the .json/.ndjson/.jsonl files of a folder. */
  public static List<Path> list(Path path) {
    if (!Files.isDirectory(path)) {
      return List.of(path);
    }
    try (Stream<Path> files = Files.list(path)) {
      return files.filter(HsdsFiles::isHsdsJson).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean isNdjson(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return name.endsWith(".ndjson") || name.endsWith(".jsonl");
  }

  private static boolean isHsdsJson(Path file) {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    return isNdjson(file) || (name.endsWith(".json") && !name.equals("datapackage.json"));
  }

  public static void read(Path file, Sink sink) {
    String name = file.getFileName().toString();
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      if (isNdjson(file)) {
        readNdjson(name, in, sink);
      } else {
        readJson(name, in, sink);
      }
    } catch (IOException e) {
      sink.problem(name, 0, "", "hsds.import.error.unreadable", e.getMessage());
    }
  }

  private static void readJson(String name, InputStream in, Sink sink) {
    try (JsonParser parser = JSON.createParser(in)) {
      JsonToken first = parser.nextToken();
      if (first == JsonToken.START_ARRAY) {
        readArray(name, parser, "", sink);
      } else if (first == JsonToken.START_OBJECT) {
        long line = parser.currentTokenLocation().getLineNr();
        JsonNode root = JSON.readTree(parser);
        JsonNode contents = root.path("contents");
        if (contents.isArray() && !root.has("status")) {
          for (int i = 0; i < contents.size(); i++) {
            emit(name, line, "/contents/" + i, contents.get(i), sink);
          }
        } else {
          emit(name, line, "", root, sink);
        }
      } else {
        sink.problem(name, 1, "", "hsds.import.error.not-object");
      }
    } catch (JacksonException e) {
      long line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
      sink.problem(name, line, "", "hsds.import.error.json", e.getOriginalMessage());
    }
  }

  private static void readArray(String name, JsonParser parser, String at, Sink sink) {
    int index = 0;
    while (parser.nextToken() != JsonToken.END_ARRAY) {
      long line = parser.currentTokenLocation().getLineNr();
      JsonNode node = JSON.readTree(parser);
      emit(name, line, at + "/" + index++, node, sink);
    }
  }

  /**
   * NDJSON, read as bytes so that a line that is not UTF-8 is reported by its number. Lines are cut
   * out of a large buffer and decoded in place (a byte at a time through a stream, and a copy per
   * line, cost a third of a 100k-service import).
   */
  private static void readNdjson(String name, InputStream in, Sink sink) throws IOException {
    CharsetDecoder utf8 =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    byte[] buffer = new byte[1 << 20];
    int filled = 0;
    long number = 0;
    while (true) {
      int read = in.read(buffer, filled, buffer.length - filled);
      if (read > 0) {
        filled += read;
      }
      int start = 0;
      for (int i = 0; i < filled; i++) {
        if (buffer[i] == '\n') {
          ndjsonLine(name, ++number, buffer, start, i - start, utf8, sink);
          start = i + 1;
        }
      }
      if (read < 0) {
        if (filled > start) {
          ndjsonLine(name, ++number, buffer, start, filled - start, utf8, sink);
        }
        return;
      }
      System.arraycopy(buffer, start, buffer, 0, filled - start);
      filled -= start;
      if (filled == buffer.length) {
        buffer =
            java.util.Arrays.copyOf(buffer, buffer.length * 2); // a line longer than the buffer
      }
    }
  }

  private static void ndjsonLine(
      String name,
      long number,
      byte[] bytes,
      int offset,
      int length,
      CharsetDecoder utf8,
      Sink sink) {
    String text;
    try {
      text = utf8.reset().decode(ByteBuffer.wrap(bytes, offset, length)).toString();
    } catch (CharacterCodingException e) {
      sink.problem(name, number, "", "hsds.import.error.encoding");
      return;
    }
    if (text.isBlank()) {
      return;
    }
    try {
      emit(name, number, "", LINE.readTree(text), sink);
    } catch (JacksonException e) {
      sink.problem(name, number, "", "hsds.import.error.json", e.getOriginalMessage());
    }
  }

  private static void emit(String name, long line, String at, JsonNode node, Sink sink) {
    if (!node.isObject()) {
      sink.problem(name, line, at, "hsds.import.error.not-object");
      return;
    }
    JsonNode services = node.path("services");
    if (!services.isArray()) {
      sink.record(new SourceRecord(name, line, at, node));
      return;
    }
    ObjectNode organization = ((ObjectNode) node).deepCopy();
    organization.remove("services");
    for (int i = 0; i < services.size(); i++) {
      JsonNode service = services.get(i);
      if (service.isObject() && !service.has("organization")) {
        ((ObjectNode) service).set("organization", organization);
      }
      emit(name, line, at + "/services/" + i, service, sink);
    }
  }
}
