package ca.repere.hsds.tabular;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The files of a tabular package, a folder or a zip, by lower-case file name wherever they sit in
 * it ({@code data/services.csv} is {@code services.csv}): packages put their CSVs beside {@code
 * datapackage.json} or in a {@code data/} folder.
 */
public final class PackageFiles {

  private final String label;
  private final Map<String, byte[]> files;

  private PackageFiles(String label, Map<String, byte[]> files) {
    this.label = label;
    this.files = files;
  }

  /** Whether the path is a zip, or a folder holding a {@code datapackage.json} or CSV files. */
  public static boolean isPackage(Path path) {
    if (isZip(path)) {
      return true;
    }
    if (!Files.isDirectory(path)) {
      return false;
    }
    try (Stream<Path> files = Files.walk(path, 2)) {
      return files.map(PackageFiles::name).anyMatch(n -> n.equals("datapackage.json") || isCsv(n));
    } catch (IOException e) {
      return false;
    }
  }

  static boolean isZip(Path path) {
    return Files.isRegularFile(path) && name(path).endsWith(".zip");
  }

  /** Reads every CSV and JSON file of the package (packages are small next to their services). */
  public static PackageFiles open(Path path) {
    Map<String, byte[]> files = new LinkedHashMap<>();
    try {
      if (isZip(path)) {
        try (ZipFile zip = new ZipFile(path.toFile())) {
          for (ZipEntry entry : zip.stream().toList()) {
            String name = name(Path.of(entry.getName()));
            if (!entry.isDirectory() && wanted(name)) {
              try (InputStream in = zip.getInputStream(entry)) {
                files.putIfAbsent(name, in.readAllBytes());
              }
            }
          }
        }
      } else {
        try (Stream<Path> walk = Files.walk(path, 3)) {
          for (Path file : walk.filter(Files::isRegularFile).sorted().toList()) {
            if (wanted(name(file))) {
              files.putIfAbsent(name(file), Files.readAllBytes(file));
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new PackageFiles(path.getFileName().toString(), files);
  }

  /** The package's name as the user gave it: the folder or zip file name. */
  public String label() {
    return label;
  }

  public boolean has(String name) {
    return files.containsKey(name);
  }

  public Optional<byte[]> bytes(String name) {
    return Optional.ofNullable(files.get(name));
  }

  public Stream<String> names() {
    return files.keySet().stream();
  }

  private static boolean wanted(String name) {
    return isCsv(name) || name.endsWith(".json");
  }

  private static boolean isCsv(String name) {
    return name.endsWith(".csv");
  }

  private static String name(Path path) {
    Path file = path.getFileName();
    return file == null ? "" : file.toString().toLowerCase(Locale.ROOT);
  }
}
