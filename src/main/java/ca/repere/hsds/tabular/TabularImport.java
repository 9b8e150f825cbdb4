package ca.repere.hsds.tabular;

import ca.repere.hsds.importing.HsdsFiles.Sink;
import java.nio.file.Path;
import java.util.List;

/**
 * Reads a tabular package, a folder or a zip: HSDS 3.0 (its tables as the official {@code
 * datapackage.json} defines them) or HSDS 1.1 (converted to 3.0 on the way, integer ids becoming
 * deterministic UUIDs), and hands each service, assembled, to the sink.
 */
public final class TabularImport {

  private TabularImport() {}

  public static void read(Path path, Path hsdsDir, Sink sink) {
    PackageFiles files = PackageFiles.open(path);
    Tables tables =
        Hsds11Conversion.isHsds11(files)
            ? Hsds11Conversion.convert(files, sink)
            : Tables.read(files, TableSchema.official(hsdsDir), sink);
    ServiceAssembler.assemble(tables, sink);
  }

  /** The tables of the official HSDS 3.0 package (for writing one). */
  public static List<TableSchema> schemas(Path hsdsDir) {
    return TableSchema.official(hsdsDir);
  }
}
