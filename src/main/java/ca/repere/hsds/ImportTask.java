package ca.repere.hsds;

import ca.repere.shared.Lang;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code java -jar repere.jar import PATH [--dry-run] [--lang fr|en]}. */
@Component
@Command(
    name = "import",
    description =
        "Import HSDS services, all or nothing: HSDS 3.0 JSON/NDJSON, HSDS 3.0 or 1.1 tabular"
            + " packages (folder or zip), the legacy Ohana export")
class ImportTask implements Callable<Integer> {

  @Parameters(index = "0", description = "HSDS file (.json, .ndjson, .zip) or folder")
  Path path;

  @Option(names = "--dry-run", description = "Validate only; write nothing")
  boolean dryRun;

  @Option(
      names = "--lang",
      defaultValue = "fr",
      description = "Language of the files' text fields: fr (default) or en")
  String lang;

  @Option(
      names = "--messages",
      description = "Language of the report: fr or en (default: the system's)")
  String messages;

  private final HsdsImport hsdsImport;
  private final MessageSource text;

  ImportTask(HsdsImport hsdsImport, MessageSource text) {
    this.hsdsImport = hsdsImport;
    this.text = text;
  }

  @Override
  public Integer call() {
    Locale locale =
        (messages != null ? Lang.parse(messages) : Lang.of(Locale.getDefault())).locale();
    ImportReport report =
        hsdsImport.run(
            path, new ImportOptions(Lang.parseStrict(lang), dryRun, locale, System.out, "import"));
    for (ImportProblem p : report.problems()) {
      System.err.println(
          text.getMessage(
              "hsds.import.problem",
              new Object[] {p.file(), p.line(), p.pointer(), p.message()},
              locale));
    }
    if (!report.unresolvedAreas().isEmpty()) {
      System.out.println(
          text.getMessage(
              "hsds.import.unresolved-areas",
              new Object[] {report.unresolvedAreas().size()},
              locale));
      report.unresolvedAreas().forEach(name -> System.out.println("  - " + name));
    }
    list("hsds.import.skipped", report.skipped(), locale);
    list("hsds.import.drafted", report.drafts(), locale);
    for (TaxonomyCoverage c : report.taxonomyCoverage()) {
      System.out.println(
          text.getMessage(
              "hsds.import.crosswalk",
              new Object[] {c.taxonomy(), c.mapped(), c.terms(), c.percent()},
              locale));
    }
    if (!report.ok()) {
      System.err.println(
          text.getMessage(
              "hsds.import.summary.failed", new Object[] {report.problems().size()}, locale));
      return 1;
    }
    String key = report.dryRun() ? "hsds.import.summary.dry-run" : "hsds.import.summary.ok";
    Object[] args =
        report.dryRun()
            ? new Object[] {report.services(), report.organizations()}
            : new Object[] {
              report.services(),
              report.created(),
              report.updated(),
              report.organizations(),
              String.format(locale, "%.1f", report.took().toMillis() / 1000.0)
            };
    System.out.println(text.getMessage(key, args, locale));
    return 0;
  }

  /** A heading with the count, then each row where it is (file, line, field) and why. */
  private void list(String heading, List<ImportProblem> rows, Locale locale) {
    if (rows.isEmpty()) {
      return;
    }
    System.out.println(text.getMessage(heading, new Object[] {rows.size()}, locale));
    for (ImportProblem p : rows) {
      System.out.println(
          "  - "
              + text.getMessage(
                  "hsds.import.problem",
                  new Object[] {p.file(), p.line(), p.pointer(), p.message()},
                  locale));
    }
  }
}
