package ca.repere.geography.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Places by name key ({@link Names#key}), each also findable by its name without a leading article
 * ("Îles-de-la-Madeleine" for "Les Îles-de-la-Madeleine"), which is looked up only after every
 * exact name failed. Values added first win ties, so callers add the most populous first.
 */
final class NameMap<T> {

  private static final List<String> ARTICLES = List.of("le", "la", "les", "l");

  private final Map<String, List<T>> exact = new HashMap<>();
  private final Map<String, List<T>> bare = new HashMap<>();

  void add(String name, T value) {
    String[] words = Names.words(name);
    exact.computeIfAbsent(String.join("", words), k -> new ArrayList<>()).add(value);
    if (words.length > 1 && ARTICLES.contains(words[0])) {
      String withoutArticle = String.join("", List.of(words).subList(1, words.length));
      bare.computeIfAbsent(withoutArticle, k -> new ArrayList<>()).add(value);
    }
  }

  /** Adds a key as is (an alias that is already a name key). */
  void addKey(String key, T value) {
    exact.computeIfAbsent(key, k -> new ArrayList<>()).add(value);
  }

  List<T> exact(String key) {
    return exact.getOrDefault(key, List.of());
  }

  List<T> bare(String key) {
    return bare.getOrDefault(key, List.of());
  }

  /** Exact names first, then names without their article. */
  List<T> any(String key) {
    List<T> found = exact(key);
    return found.isEmpty() ? bare(key) : found;
  }
}
