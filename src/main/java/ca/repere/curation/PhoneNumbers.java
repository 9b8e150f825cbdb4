package ca.repere.curation;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Phone numbers as people type them, one per line: digits, spaces, dashes, "poste 12". */
final class PhoneNumbers {

  private static final Pattern NUMBER =
      Pattern.compile("^[0-9+() .\\-]{7,25}([ ,]*(poste|ext\\.?|x) ?[0-9]{1,6})?$");

  private PhoneNumbers() {}

  static List<Problem> problems(String field, String text) {
    List<Problem> problems = new ArrayList<>();
    List<String> lines = text == null ? List.of() : text.lines().toList();
    for (int i = 0; i < lines.size(); i++) {
      if (!NUMBER.matcher(lines.get(i)).matches()) {
        problems.add(Problem.of(field, "curation.problem.phone-line", i + 1, lines.get(i)));
      }
    }
    return problems;
  }
}
