package ca.repere.geography.internal;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The comparison key of a place name: lower case, no accents, no punctuation or spaces, and the
 * abbreviations people use spelled out ("St", "Ste" → "saint"; "Mt" → "mont"), so that "mont
 * st-pierre", "Mont-Saint-Pierre" and "MONT SAINT PIERRE" share one key. "Sainte" becomes "saint"
 * too: people mix them up ("St-Anne"), and a homonym is settled by population anyway.
 */
final class Names {

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern SEPARATORS = Pattern.compile("[^a-z0-9]+");

  private Names() {}

  static String key(String name) {
    return String.join("", words(name));
  }

  /** The words of a name, folded and with abbreviations expanded. */
  static String[] words(String name) {
    String folded = fold(name).trim();
    if (folded.isEmpty()) {
      return new String[0];
    }
    String[] words = folded.split(" ");
    for (int i = 0; i < words.length; i++) {
      words[i] = expand(words[i]);
    }
    return words;
  }

  /** Lower case without accents, every run of non-alphanumerics replaced by one space. */
  static String fold(String text) {
    String decomposed = Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD);
    String plain = MARKS.matcher(decomposed).replaceAll("").replace("œ", "oe").replace("æ", "ae");
    return SEPARATORS.matcher(plain).replaceAll(" ");
  }

  private static String expand(String word) {
    return switch (word) {
      case "st", "ste", "sainte", "saints", "saintes", "sts", "stes" -> "saint";
      case "mt" -> "mont";
      default -> word;
    };
  }

  /** Levenshtein distance, for "did you mean" suggestions. */
  static int distance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
