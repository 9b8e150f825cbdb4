package ca.repere.search.engine;

import ca.repere.directory.TaxonomyTerm;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Maps the words people use for a need ("j'ai faim", "bouffe", "épicerie", "food") to taxonomy
 * codes, whatever the language. Built from the taxonomy's names and synonyms and from the curated
 * {@code search/concepts.tsv}. Phrases are matched on folded words (no accents, no case, plurals
 * reduced), longest first; a single long word also matches with a typo or two.
 */
@Component
public class ConceptDictionary {

  static final String RESOURCE = "/search/concepts.tsv";

  /** Words too general to stand for a need on their own. */
  private static final Set<String> GENERIC =
      Set.of(
          "aide",
          "help",
          "soutien",
          "support",
          "service",
          "services",
          "centre",
          "center",
          "centres",
          "programme",
          "program",
          "information",
          "info",
          "groupe",
          "group",
          "association",
          "ligne",
          "line",
          "besoin",
          "need",
          "accompagnement",
          "famille",
          "family",
          "personne",
          "people",
          "droit",
          "rights",
          "urgence",
          "emergency",
          "jeune",
          "youth",
          "autre",
          "other");

  private static final int MAX_PHRASE_WORDS = 6;

  private final TaxonomyCatalog taxonomy;
  private final List<ConceptSource> sources;
  private final AtomicReference<Entries> entries = new AtomicReference<>();

  ConceptDictionary(TaxonomyCatalog taxonomy, List<ConceptSource> sources) {
    this.taxonomy = taxonomy;
    this.sources = sources;
  }

  /** A phrase and the codes it stands for, from another source (the taxonomy's synonyms). */
  public interface ConceptSource {
    Map<String, Set<String>> phrasesByCode();
  }

  /** What the dictionary understood in a query. */
  public record Interpretation(Set<String> codes, List<String> phrases) {
    public boolean isEmpty() {
      return codes.isEmpty();
    }
  }

  /**
   * The dictionary, and the nearest entry of each misspelt word asked so far: finding it scans
   * every entry, and people misspell the same words again and again.
   */
  private record Entries(
      Map<String, Set<String>> codesByKey,
      Map<String, Set<String>> phrasesByCode,
      Map<String, Optional<Set<String>>> closeWords) {

    private static final int MAX_CLOSE_WORDS = 10_000;

    Entries(Map<String, Set<String>> codesByKey, Map<String, Set<String>> phrasesByCode) {
      this(codesByKey, phrasesByCode, new ConcurrentHashMap<>());
    }

    Set<String> closeTo(String word) {
      Optional<Set<String>> known = closeWords.get(word);
      if (known == null) {
        if (closeWords.size() >= MAX_CLOSE_WORDS) {
          closeWords.clear();
        }
        known = Optional.ofNullable(closeSingleWord(word, codesByKey));
        closeWords.put(word, known);
      }
      return known.orElse(null);
    }
  }

  /** A fixed dictionary (folded key → codes), for tests. */
  static ConceptDictionary of(Map<String, Set<String>> codesByKey) {
    ConceptDictionary dictionary = new ConceptDictionary(null, List.of());
    dictionary.entries.set(new Entries(codesByKey, Map.of()));
    return dictionary;
  }

  void reload() {
    entries.set(null);
  }

  private Entries entries() {
    Entries current = entries.get();
    if (current == null) {
      current = build();
      entries.set(current);
    }
    return current;
  }

  private Entries build() {
    Map<String, Set<String>> phrasesByCode = new HashMap<>();
    for (TaxonomyTerm term : taxonomy.byCode().values()) {
      for (String name : Arrays.asList(term.name().fr(), term.name().en())) {
        if (name != null) {
          add(phrasesByCode, term.code(), name);
          for (String part : name.split("\\s+(et|and|ou|or)\\s+|[,:;/()]")) {
            add(phrasesByCode, term.code(), part);
          }
        }
      }
    }
    readCurated().forEach((code, phrases) -> phrases.forEach(p -> add(phrasesByCode, code, p)));
    for (ConceptSource source : sources) {
      source
          .phrasesByCode()
          .forEach((code, phrases) -> phrases.forEach(p -> add(phrasesByCode, code, p)));
    }
    Map<String, Set<String>> codesByKey = new HashMap<>();
    phrasesByCode.forEach(
        (code, phrases) ->
            phrases.forEach(
                p -> {
                  String key = key(p);
                  if (!key.isEmpty() && !GENERIC.contains(key)) {
                    codesByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(code);
                  }
                }));
    return new Entries(codesByKey, phrasesByCode);
  }

  private static void add(Map<String, Set<String>> into, String code, String phrase) {
    String p = phrase.strip();
    if (!p.isEmpty()) {
      into.computeIfAbsent(code, c -> new LinkedHashSet<>()).add(p);
    }
  }

  /** The curated phrases: {@code phrase<TAB>CODE[|CODE…]} per line, {@code #} starts a comment. */
  static Map<String, Set<String>> readCurated() {
    Map<String, Set<String>> byCode = new HashMap<>();
    for (CuratedEntry entry : curatedEntries()) {
      entry.codes().forEach(code -> add(byCode, code, entry.phrase()));
    }
    return byCode;
  }

  record CuratedEntry(int line, String phrase, List<String> codes) {}

  static List<CuratedEntry> curatedEntries() {
    try (InputStream in = ConceptDictionary.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        return List.of();
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      List<CuratedEntry> entries = new ArrayList<>();
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] columns = line.split("\t");
        if (columns.length < 2) {
          throw new IllegalStateException(
              RESOURCE + " line " + number + ": expected phrase<TAB>codes");
        }
        entries.add(
            new CuratedEntry(
                number, columns[0].strip(), List.of(columns[1].strip().split("\\s*\\|\\s*"))));
      }
      return entries;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Every phrase that stands for {@code code}, to index beside the code's documents. */
  Set<String> phrasesOf(String code) {
    return entries().phrasesByCode().getOrDefault(code, Set.of());
  }

  /** The taxonomy codes the text speaks of, and the phrases that said so. */
  public Interpretation interpret(String text) {
    List<String> words = words(text);
    Entries entries = entries();
    Map<String, Set<String>> dictionary = entries.codesByKey();
    Set<String> codes = new LinkedHashSet<>();
    List<String> phrases = new ArrayList<>();
    int i = 0;
    while (i < words.size()) {
      int matched = 0;
      for (int n = Math.min(MAX_PHRASE_WORDS, words.size() - i); n >= 1 && matched == 0; n--) {
        String key = String.join(" ", words.subList(i, i + n));
        Set<String> found = dictionary.get(key);
        if (found == null && n == 1) {
          found = entries.closeTo(key);
        }
        if (found != null) {
          codes.addAll(found);
          phrases.add(key);
          matched = n;
        }
      }
      i += Math.max(1, matched);
    }
    return new Interpretation(codes, phrases);
  }

  /** Labels for autocomplete: each phrase with its codes, folded key to match prefixes on. */
  Map<String, Set<String>> phrasesByCode() {
    return entries().phrasesByCode();
  }

  private static Set<String> closeSingleWord(String word, Map<String, Set<String>> dictionary) {
    if (word.length() < 5 || GENERIC.contains(word)) {
      return null;
    }
    int allowed = word.length() >= 9 ? 2 : 1;
    Set<String> codes = null;
    int best = allowed + 1;
    for (Map.Entry<String, Set<String>> entry : dictionary.entrySet()) {
      String key = entry.getKey();
      if (key.indexOf(' ') < 0
          && Math.abs(key.length() - word.length()) <= allowed
          && key.charAt(0) == word.charAt(0)) {
        int distance = Levenshtein.distance(key, word, allowed);
        if (distance < best) {
          best = distance;
          codes = entry.getValue();
        }
      }
    }
    return codes;
  }

  static String key(String phrase) {
    return String.join(" ", words(phrase));
  }

  /** Folded words with plural endings reduced; French elided articles ("j'", "l'") dropped. */
  static List<String> words(String text) {
    return Arrays.stream(ServiceTraits.fold(text).split(" "))
        .filter(w -> !w.isEmpty())
        .filter(w -> !(w.length() == 1 && Character.isLetter(w.charAt(0)) && !w.equals("a")))
        .map(ConceptDictionary::singular)
        .collect(Collectors.toList());
  }

  private static String singular(String word) {
    if (word.length() > 3 && (word.endsWith("s") || word.endsWith("x")) && !word.endsWith("ss")) {
      return word.substring(0, word.length() - 1);
    }
    return word;
  }

  int size() {
    return entries().codesByKey().size();
  }

  Collection<String> keys() {
    return entries().codesByKey().keySet();
  }
}
