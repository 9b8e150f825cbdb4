package ca.repere.geography.internal;

import ca.repere.geography.Mrc;
import ca.repere.geography.Municipality;
import ca.repere.geography.Region;
import ca.repere.shared.GeoPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a {@link Gazetteer} from the geography folder (the files described in its SOURCES.md) or
 * from the built-in fallback on the classpath ({@code geography/fallback-*.csv}, same column names,
 * fewer of them). Columns are found by name, so extra columns are ignored.
 */
final class GazetteerReader {

  static final String MUNICIPALITIES = "qc_municipalities.csv";
  static final String REGIONS = "qc_regions_admin.csv";
  static final String MRCS = "qc_mrc_and_equivalent_territories.csv";
  static final String FSAS = "qc_fsa_centroids.csv";
  static final String BOROUGHS = "qc_boroughs_arrondissements.csv";
  static final String OUTLINES = "qc_regions_admin_simplified.geojson";

  /** The files a geography folder must hold. */
  static final List<String> REQUIRED = List.of(MUNICIPALITIES, REGIONS, MRCS, FSAS);

  private static final Pattern MUNICIPALITY_CODE = Pattern.compile("\\d{5}");
  private static final Pattern REGION_CODE = Pattern.compile("\\d{2}");
  private static final Pattern FSA_CODE = Pattern.compile("[A-Z]\\d[A-Z]");
  private static final Pattern POSTAL_CODE = Pattern.compile("[A-Z]\\d[A-Z]\\d[A-Z]\\d");

  private final MessageDigest digest = sha256();
  private final Map<String, String> regionNames = new LinkedHashMap<>();

  private GazetteerReader() {}

  /** Whether the folder exists and holds the geography files. */
  static boolean isGeographyFolder(Path folder) {
    return folder != null && Files.isRegularFile(folder.resolve(MUNICIPALITIES));
  }

  /**
   * Reads the folder.
   *
   * @throws GeographyLoadException naming the file (and line) that is missing or wrong
   */
  static Gazetteer readFolder(Path folder) {
    if (folder == null || !Files.isDirectory(folder)) {
      throw new GeographyLoadException(String.valueOf(folder), 0, "folder not found");
    }
    for (String file : REQUIRED) {
      if (!Files.isRegularFile(folder.resolve(file))) {
        throw new GeographyLoadException(folder.resolve(file).toString(), 0, "file not found");
      }
    }
    GazetteerReader reader = new GazetteerReader();
    List<Region> regions = reader.regions(REGIONS, reader.text(folder, REGIONS));
    List<MunicipalityRow> rows =
        reader.municipalities(MUNICIPALITIES, reader.text(folder, MUNICIPALITIES));
    List<Mrc> mrcs = reader.mrcs(MRCS, reader.text(folder, MRCS));
    Map<String, Fsa> fsas = reader.fsas(FSAS, reader.text(folder, FSAS));
    List<Borough> boroughs =
        Files.isRegularFile(folder.resolve(BOROUGHS))
            ? reader.boroughs(BOROUGHS, reader.text(folder, BOROUGHS))
            : List.of();
    Path outlines = folder.resolve(OUTLINES);
    return reader.assemble(
        folder.toAbsolutePath().normalize().toString(),
        regions,
        mrcs,
        rows,
        fsas,
        boroughs,
        Files.isRegularFile(outlines) ? outlines : null);
  }

  /** Reads the built-in gazetteer: the 17 regions and the main municipalities. */
  static Gazetteer readFallback() {
    GazetteerReader reader = new GazetteerReader();
    String regionsFile = "geography/fallback-regions.csv";
    String municipalitiesFile = "geography/fallback-municipalities.csv";
    List<Region> regions = reader.regions(regionsFile, reader.resource(regionsFile));
    List<MunicipalityRow> rows =
        reader.municipalities(municipalitiesFile, reader.resource(municipalitiesFile));
    return reader.assemble(
        Gazetteer.FALLBACK, regions, mrcsOf(rows), rows, Map.of(), List.of(), null);
  }

  private Gazetteer assemble(
      String source,
      List<Region> regions,
      List<Mrc> mrcs,
      List<MunicipalityRow> rows,
      Map<String, Fsa> fsas,
      List<Borough> boroughs,
      Path outlines) {
    List<Municipality> municipalities =
        rows.stream()
            .map(MunicipalityRow::municipality)
            .sorted(Comparator.comparing(Municipality::code))
            .toList();
    Map<String, MunicipalityDetails> details = new TreeMap<>();
    rows.forEach(
        row ->
            details.put(
                row.municipality().code(),
                new MunicipalityDetails(row.designation(), row.townHallPostalCode())));
    return new Gazetteer(
        source,
        HexFormat.of().formatHex(digest.digest()),
        regions,
        mrcs,
        municipalities,
        withTownHallFsas(fsas, rows),
        boroughs,
        townHallPostalCodes(rows),
        Map.copyOf(details),
        outlines);
  }

  private List<Region> regions(String file, String text) {
    List<Region> regions = new ArrayList<>();
    parse(
        file,
        text,
        record -> {
          String code = required(file, record, "region_code", REGION_CODE);
          String name = required(file, record, "region_name", null);
          regionNames.put(code, name);
          regions.add(new Region(code, name, integer(file, record, "population")));
        });
    regions.sort(Comparator.comparing(Region::code));
    return List.copyOf(regions);
  }

  private List<MunicipalityRow> municipalities(String file, String text) {
    List<MunicipalityRow> rows = new ArrayList<>();
    parse(
        file,
        text,
        record -> {
          String regionCode = required(file, record, "region_code", REGION_CODE);
          if (!regionNames.containsKey(regionCode)) {
            throw new GeographyLoadException(
                file, record.getRecordNumber() + 1, "unknown region_code '" + regionCode + "'");
          }
          Municipality municipality =
              new Municipality(
                  required(file, record, "code_geo", MUNICIPALITY_CODE),
                  required(file, record, "name", null),
                  blankToNull(optional(record, "territory_code")),
                  blankToNull(optional(record, "territory_name")),
                  regionCode,
                  regionNames.get(regionCode),
                  integer(file, record, "population"),
                  point(file, record));
          String postalCode = optional(record, "town_hall_postal_code").replace(" ", "");
          rows.add(
              new MunicipalityRow(
                  municipality,
                  optional(record, "designation"),
                  POSTAL_CODE.matcher(postalCode).matches() ? postalCode : null));
        });
    return rows;
  }

  private List<Mrc> mrcs(String file, String text) {
    Map<String, Mrc> byCode = new TreeMap<>();
    parse(
        file,
        text,
        record -> {
          String code = required(file, record, "territory_code", Pattern.compile("\\d{2,3}"));
          String regions = required(file, record, "region_codes", null);
          Mrc mrc =
              new Mrc(
                  code,
                  required(file, record, "territory_name", null),
                  required(file, record, "territory_type", null),
                  regions.split("[;|]")[0].trim(),
                  integer(file, record, "population"));
          // A census division can be both a territoire équivalent and the reserves inside it: one
          // territory, named after the first.
          byCode.merge(
              code,
              mrc,
              (first, second) ->
                  new Mrc(
                      first.code(),
                      first.name(),
                      first.type(),
                      first.regionCode(),
                      first.population() + second.population()));
        });
    return List.copyOf(byCode.values());
  }

  private static List<Mrc> mrcsOf(List<MunicipalityRow> rows) {
    Map<String, Mrc> byCode = new TreeMap<>();
    for (MunicipalityRow row : rows) {
      Municipality m = row.municipality();
      if (m.mrcCode() != null) {
        byCode.merge(
            m.mrcCode(),
            new Mrc(m.mrcCode(), m.mrcName(), "MRC", m.regionCode(), m.population()),
            (a, b) ->
                new Mrc(
                    a.code(), a.name(), a.type(), a.regionCode(), a.population() + b.population()));
      }
    }
    return List.copyOf(byCode.values());
  }

  private Map<String, Fsa> fsas(String file, String text) {
    Map<String, Fsa> fsas = new TreeMap<>();
    parse(
        file,
        text,
        record -> {
          String code = required(file, record, "fsa", FSA_CODE);
          GeoPoint point = point(file, record);
          if (point == null) {
            throw new GeographyLoadException(
                file, record.getRecordNumber() + 1, "latitude and longitude are required");
          }
          String townHalls = optional(record, "town_hall_municipality_codes");
          fsas.put(
              code,
              new Fsa(
                  code,
                  optional(record, "geonames_place_name"),
                  point,
                  required(file, record, "region_code", REGION_CODE),
                  blankToNull(optional(record, "nearest_municipality_code")),
                  townHalls.isBlank() ? List.of() : Arrays.asList(townHalls.split(";"))));
        });
    return fsas;
  }

  private List<Borough> boroughs(String file, String text) {
    List<Borough> boroughs = new ArrayList<>();
    parse(
        file,
        text,
        record ->
            boroughs.add(
                new Borough(
                    required(file, record, "borough_code", null),
                    required(file, record, "borough_name", null),
                    required(file, record, "city_code_geo", MUNICIPALITY_CODE))));
    return List.copyOf(boroughs);
  }

  /** FSAs known only from town-hall postal codes (J5N) are placed at their main town hall. */
  private static Map<String, Fsa> withTownHallFsas(
      Map<String, Fsa> fsas, List<MunicipalityRow> rows) {
    Map<String, Fsa> all = new TreeMap<>(fsas);
    rows.stream()
        .filter(row -> row.townHallPostalCode() != null && row.municipality().point() != null)
        .sorted(Comparator.comparingInt(row -> -row.municipality().population()))
        .forEach(
            row -> {
              Municipality m = row.municipality();
              all.putIfAbsent(
                  row.townHallPostalCode().substring(0, 3),
                  new Fsa(
                      row.townHallPostalCode().substring(0, 3),
                      m.name(),
                      m.point(),
                      m.regionCode(),
                      m.code(),
                      List.of(m.code())));
            });
    return Map.copyOf(all);
  }

  private static Map<String, String> townHallPostalCodes(List<MunicipalityRow> rows) {
    Map<String, String> codes = new TreeMap<>();
    rows.stream()
        .filter(row -> row.townHallPostalCode() != null)
        .sorted(Comparator.comparingInt(row -> -row.municipality().population()))
        .forEach(row -> codes.putIfAbsent(row.townHallPostalCode(), row.municipality().code()));
    return Map.copyOf(codes);
  }

  private static void parse(String file, String text, Consumer<CSVRecord> each) {
    CSVFormat format =
        CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setTrim(true).get();
    try (var parser = format.parse(new StringReader(stripBom(text)))) {
      for (CSVRecord record : parser) {
        if (!record.isConsistent()) {
          throw new GeographyLoadException(
              file,
              record.getRecordNumber() + 1,
              "expected " + parser.getHeaderNames().size() + " columns, found " + record.size());
        }
        each.accept(record);
      }
    } catch (IOException
        | java.io.UncheckedIOException
        | IllegalArgumentException
        | IllegalStateException e) {
      throw new GeographyLoadException(file, 0, "cannot be read as CSV: " + e.getMessage());
    }
  }

  private static String required(String file, CSVRecord record, String column, Pattern format) {
    if (!record.isMapped(column)) {
      throw new GeographyLoadException(file, 1, "column '" + column + "' is missing");
    }
    String value = record.get(column);
    if (value.isBlank() || (format != null && !format.matcher(value).matches())) {
      throw new GeographyLoadException(
          file, record.getRecordNumber() + 1, "bad " + column + " '" + value + "'");
    }
    return value;
  }

  private static String optional(CSVRecord record, String column) {
    return record.isMapped(column) ? record.get(column) : "";
  }

  private static int integer(String file, CSVRecord record, String column) {
    String value = optional(record, column);
    try {
      return value.isBlank() ? 0 : Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw new GeographyLoadException(
          file, record.getRecordNumber() + 1, column + " '" + value + "' is not a whole number");
    }
  }

  private static GeoPoint point(String file, CSVRecord record) {
    String latitude = optional(record, "latitude");
    String longitude = optional(record, "longitude");
    if (latitude.isBlank() && longitude.isBlank()) {
      return null;
    }
    try {
      return new GeoPoint(Double.parseDouble(latitude), Double.parseDouble(longitude));
    } catch (IllegalArgumentException e) {
      throw new GeographyLoadException(
          file,
          record.getRecordNumber() + 1,
          "bad coordinates '" + latitude + "," + longitude + "'");
    }
  }

  private String text(Path folder, String file) {
    try {
      return hashed(Files.readAllBytes(folder.resolve(file)));
    } catch (IOException e) {
      throw new GeographyLoadException(folder.resolve(file).toString(), 0, "cannot be read");
    }
  }

  private String resource(String name) {
    try (InputStream in = GazetteerReader.class.getClassLoader().getResourceAsStream(name)) {
      if (in == null) {
        throw new GeographyLoadException(name, 0, "missing from the application");
      }
      return hashed(in.readAllBytes());
    } catch (IOException e) {
      throw new GeographyLoadException(name, 0, "cannot be read");
    }
  }

  private String hashed(byte[] bytes) {
    digest.update(bytes);
    return new String(bytes, StandardCharsets.UTF_8);
  }

  private static String stripBom(String text) {
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value;
  }

  private static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  /** A municipality with the columns only the loader needs. */
  record MunicipalityRow(
      Municipality municipality, String designation, String townHallPostalCode) {}
}
