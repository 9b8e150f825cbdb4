package ca.repere.hsds.tabular;

import ca.repere.hsds.importing.HsdsFiles.Sink;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * A CSV file of a package, read strictly as UTF-8: every line that is not UTF-8 is reported by its
 * number (a Latin-1 export), and the file is then not read further.
 */
public record CsvFile(String name, List<String> header, List<Cells> rows) {

  /** The cells of one row by column name, and the line the row starts on. */
  public record Cells(long line, Map<String, String> values) {}

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT
          .builder()
          .setHeader()
          .setSkipHeaderRecord(true)
          .setIgnoreEmptyLines(true)
          .setAllowMissingColumnNames(true)
          .get();

  /** The file's rows; empty (with the problems reported) when it cannot be read. */
  public static Optional<CsvFile> read(String name, byte[] bytes, Sink problems) {
    Optional<String> text = utf8(name, bytes, problems);
    if (text.isEmpty()) {
      return Optional.empty();
    }
    try (CSVParser parser = CSVParser.parse(new StringReader(stripBom(text.get())), FORMAT)) {
      List<Cells> rows = new ArrayList<>();
      long next = 2;
      for (CSVRecord record : parser) {
        rows.add(new Cells(next, record.toMap()));
        next = parser.getCurrentLineNumber() + 1;
      }
      return Optional.of(new CsvFile(name, List.copyOf(parser.getHeaderNames()), rows));
    } catch (IOException
        | UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      problems.problem(name, 0, "", "hsds.import.error.csv", e.getMessage());
      return Optional.empty();
    }
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static Optional<String> utf8(String name, byte[] bytes, Sink problems) {
    try {
      return Optional.of(strict().decode(ByteBuffer.wrap(bytes)).toString());
    } catch (CharacterCodingException e) {
      int line = 1;
      int start = 0;
      for (int i = 0; i <= bytes.length; i++) {
        if (i == bytes.length || bytes[i] == '\n') {
          try {
            strict().decode(ByteBuffer.wrap(bytes, start, i - start));
          } catch (CharacterCodingException bad) {
            problems.problem(name, line, "", "hsds.import.error.encoding");
          }
          line++;
          start = i + 1;
        }
      }
      return Optional.empty();
    }
  }

  private static CharsetDecoder strict() {
    return StandardCharsets.UTF_8
        .newDecoder()
        .onMalformedInput(CodingErrorAction.REPORT)
        .onUnmappableCharacter(CodingErrorAction.REPORT);
  }
}
