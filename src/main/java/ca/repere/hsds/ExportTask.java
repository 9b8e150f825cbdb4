package ca.repere.hsds;

import ca.repere.directory.DirectoryQueries.ServiceFilter;
import ca.repere.shared.Lang;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar repere.jar export PATH [--format json|ndjson|csv] [--lang fr|en]}. */
@Component
@Command(
    name = "export",
    description = "Export the published services as HSDS 3.0 JSON, NDJSON or CSV (tabular package)")
class ExportTask implements Callable<Integer> {

  @Parameters(index = "0", description = "File to write")
  Path path;

  @Option(
      names = "--format",
      defaultValue = "json",
      description = "json (default), ndjson or csv (a folder, or a zip when PATH ends with .zip)")
  String format;

  @Option(
      names = "--lang",
      defaultValue = "fr",
      description = "Language of the standard text fields: fr (default) or en")
  String lang;

  @Option(names = "--organization", description = "Only the services of this organization id")
  UUID organization;

  private final HsdsExport export;
  private final MessageSource text;

  ExportTask(HsdsExport export, MessageSource text) {
    this.export = export;
    this.text = text;
  }

  @Override
  public Integer call() {
    ExportFormat chosen = ExportFormat.valueOf(format.trim().toUpperCase(Locale.ROOT));
    long started = System.nanoTime();
    ServiceFilter filter = new ServiceFilter(organization, null, null, null, null);
    long count = export.export(path, chosen, Lang.parseStrict(lang), filter, System.out);
    Locale locale = Lang.of(Locale.getDefault()).locale();
    System.out.println(
        text.getMessage(
            "hsds.export.summary",
            new Object[] {
              count, path, String.format(locale, "%.1f s", (System.nanoTime() - started) / 1e9)
            },
            locale));
    return 0;
  }
}
