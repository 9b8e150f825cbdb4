package ca.repere.search.engine;

import ca.repere.geography.Municipality;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The short names people write for municipalities whose official name carries a qualifier:
 * "Sainte-Famille" for Sainte-Famille-de-l'Île-d'Orléans (the name of its post office),
 * "Saint-Jean" for Saint-Jean-sur-Richelieu. A short name is the official name cut before its first
 * joining word ("de", "du", "des", "d'", "sur", "en") when at least two words come before it, and
 * it stands for a municipality only when it is not itself an official name and is not ambiguous: it
 * belongs to one municipality, or to one at least ten times as populous as every other it could
 * mean.
 */
final class ShortPlaceNames {

  private static final Set<String> JOINERS = Set.of("de", "du", "des", "d", "sur", "en");
  private static final int MIN_WORDS = 2;
  private static final int DOMINANCE = 10;

  private final Map<String, String> codeByKey;

  private ShortPlaceNames(Map<String, String> codeByKey) {
    this.codeByKey = codeByKey;
  }

  static ShortPlaceNames of(List<Municipality> municipalities) {
    Set<String> official = new HashSet<>();
    Map<String, List<Municipality>> byShort = new HashMap<>();
    for (Municipality m : municipalities) {
      List<String> words = words(m.name());
      official.add(String.join("", words));
      for (int i = MIN_WORDS; i < words.size(); i++) {
        if (JOINERS.contains(words.get(i))) {
          byShort
              .computeIfAbsent(String.join("", words.subList(0, i)), k -> new ArrayList<>())
              .add(m);
          break;
        }
      }
    }
    Map<String, String> codes = new HashMap<>();
    byShort.forEach(
        (key, homonyms) -> {
          if (official.contains(key)) {
            return;
          }
          List<Municipality> byPopulation =
              homonyms.stream()
                  .sorted(Comparator.comparingInt(Municipality::population).reversed())
                  .toList();
          if (byPopulation.size() == 1
              || byPopulation.get(0).population()
                  >= DOMINANCE * (long) Math.max(1, byPopulation.get(1).population())) {
            codes.put(key, byPopulation.get(0).code());
          }
        });
    return new ShortPlaceNames(codes);
  }

  /** The code of the municipality a short name stands for. */
  Optional<String> codeOf(String written) {
    return Optional.ofNullable(codeByKey.get(String.join("", words(written))));
  }

  /** Folded words (no case, no accents), "St"/"Ste"/"Sainte" spelled "saint" as people mix them. */
  static List<String> words(String name) {
    String folded =
        Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}+", "")
            .replaceAll("[^a-z0-9]+", " ")
            .strip();
    List<String> words = new ArrayList<>();
    for (String word : folded.isEmpty() ? new String[0] : folded.split(" ")) {
      words.add(
          switch (word) {
            case "st", "ste", "sainte", "saints", "saintes" -> "saint";
            default -> word;
          });
    }
    return words;
  }
}
