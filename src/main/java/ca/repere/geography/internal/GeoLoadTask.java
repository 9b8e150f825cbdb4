package ca.repere.geography.internal;

import ca.repere.platform.Progress;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code java -jar repere.jar geo-load [--dir folder]}: reads a geography folder strictly (no
 * fallback) and replaces the {@code geography} tables with it, all or nothing.
 */
@Component
@Command(
    name = GeoLoadTask.NAME,
    description = "Reloads the Québec geography tables from a folder (default: REPERE_GEO_DIR).")
class GeoLoadTask implements Callable<Integer> {

  static final String NAME = "geo-load";

  @Option(
      names = "--dir",
      description = "The geography folder holding qc_municipalities.csv and the other files.")
  Path dir;

  @Option(names = "--lang", description = "Language of the messages: fr (default) or en.")
  String lang = "fr";

  private final GeographyService geography;
  private final GeographyTables tables;
  private final MessageSource messages;
  private final String configuredFolder;

  GeoLoadTask(
      GeographyService geography,
      GeographyTables tables,
      MessageSource messages,
      @Value("${repere.geo-dir:}") String configuredFolder) {
    this.geography = geography;
    this.tables = tables;
    this.messages = messages;
    this.configuredFolder = configuredFolder;
  }

  @Override
  public Integer call() {
    Path folder = folder();
    try {
      if (!GazetteerReader.isGeographyFolder(folder)) {
        return failed(
            message("geography.load.missing-folder", folder.toAbsolutePath().normalize()));
      }
      Gazetteer gazetteer = GazetteerReader.readFolder(folder);
      long rows =
          gazetteer.regions().size()
              + gazetteer.mrcs().size()
              + gazetteer.municipalities().size()
              + gazetteer.fsas().size();
      tables.replace(gazetteer, new Progress("geo-load", rows, System.out));
      geography.use(gazetteer);
      System.out.println(
          message(
              "geography.load.done",
              gazetteer.source(),
              gazetteer.regions().size(),
              gazetteer.mrcs().size(),
              gazetteer.municipalities().size(),
              gazetteer.fsas().size()));
      return 0;
    } catch (GeographyLoadException e) {
      return failed(e.getMessage());
    }
  }

  private Path folder() {
    if (dir != null) {
      return dir;
    }
    return configuredFolder.isBlank() ? GeographyService.DEFAULT_FOLDER : Path.of(configuredFolder);
  }

  private int failed(String reason) {
    System.err.println(message("geography.load.failed", reason));
    return 1;
  }

  private String message(String key, Object... arguments) {
    return messages.getMessage(key, arguments, Locale.forLanguageTag(lang));
  }
}
