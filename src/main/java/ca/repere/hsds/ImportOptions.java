package ca.repere.hsds;

import ca.repere.shared.Lang;
import java.io.PrintStream;
import java.util.Locale;

/**
 * How to import: {@code dataLang} is the language of the files' standard text fields (the other
 * language is read from extension properties); {@code messages} is the language of the report;
 * {@code progress} receives progress lines (null: silent).
 */
public record ImportOptions(
    Lang dataLang, boolean dryRun, Locale messages, PrintStream progress, String actor) {

  public static ImportOptions of(Lang dataLang, boolean dryRun, Lang messages) {
    return new ImportOptions(dataLang, dryRun, messages.locale(), null, "hsds-import");
  }
}
