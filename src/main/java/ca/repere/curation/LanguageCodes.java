package ca.repere.curation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** ISO 639 codes of the languages a service is offered in, typed as "fr, en". */
final class LanguageCodes {

  private static final Set<String> KNOWN = Set.of(Locale.getISOLanguages());

  private LanguageCodes() {}

  static List<String> of(String text) {
    if (text == null) {
      return List.of();
    }
    return Arrays.stream(text.split("[,;\\s]+"))
        .map(c -> c.strip().toLowerCase(Locale.ROOT))
        .filter(c -> !c.isEmpty())
        .distinct()
        .toList();
  }

  static List<Problem> problems(String field, String text) {
    List<Problem> problems = new ArrayList<>();
    for (String code : of(text)) {
      if (!KNOWN.contains(code)) {
        problems.add(Problem.of(field, "curation.problem.language", code));
      }
    }
    return problems;
  }

  /** The language's own name in French ("anglais"), as the directory's demo data names them. */
  static String name(String code) {
    return new Locale(code).getDisplayLanguage(Locale.CANADA_FRENCH);
  }
}
