package ca.repere.curation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * How alike two names are, from 0 to 1: the share of words they have in common, ignoring accents,
 * case and small words ("Banque alimentaire de Laval" and "La banque alimentaire Laval" are 1).
 */
final class NameSimilarity {

  private static final Set<String> SMALL_WORDS =
      Set.of(
          "de", "du", "des", "la", "le", "les", "l", "d", "et", "en", "the", "of", "and", "for",
          "a");

  private NameSimilarity() {}

  static double of(String a, String b) {
    Set<String> left = words(a);
    Set<String> right = words(b);
    if (left.isEmpty() || right.isEmpty()) {
      return 0;
    }
    Set<String> common = new HashSet<>(left);
    common.retainAll(right);
    Set<String> all = new HashSet<>(left);
    all.addAll(right);
    return (double) common.size() / all.size();
  }

  static Set<String> words(String text) {
    if (text == null) {
      return Set.of();
    }
    String folded =
        Normalizer.normalize(text, Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
    return Arrays.stream(folded.split("[^a-z0-9]+"))
        .filter(w -> !w.isEmpty() && !SMALL_WORDS.contains(w))
        .collect(Collectors.toSet());
  }
}
