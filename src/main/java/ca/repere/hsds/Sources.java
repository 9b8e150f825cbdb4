package ca.repere.hsds;

import ca.repere.hsds.importing.HsdsFiles;
import ca.repere.hsds.importing.HsdsFiles.Sink;
import ca.repere.hsds.tabular.OhanaConversion;
import ca.repere.hsds.tabular.PackageFiles;
import ca.repere.hsds.tabular.TabularImport;
import java.nio.file.Path;
import java.util.List;

/**
 * What an import path holds, by its shape: the legacy Ohana export (a folder of MongoDB JSON
 * lines), a tabular package (a zip, or a folder of CSVs with or without {@code datapackage.json}),
 * or HSDS 3.0 JSON/NDJSON files (a file or a folder of them).
 */
final class Sources {

  private Sources() {}

  /** Reads every service of the path into the sink; false when there was nothing to read. */
  static boolean read(Path path, Path hsdsDir, Sink sink) {
    if (OhanaConversion.isOhana(path)) {
      OhanaConversion.read(path, sink);
      return true;
    }
    if (PackageFiles.isPackage(path)) {
      TabularImport.read(path, hsdsDir, sink);
      return true;
    }
    List<Path> files = HsdsFiles.list(path);
    files.forEach(file -> HsdsFiles.read(file, sink));
    return !files.isEmpty();
  }
}
