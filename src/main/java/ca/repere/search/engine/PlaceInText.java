package ca.repere.search.engine;

import ca.repere.geography.Geography;
import ca.repere.geography.Place;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Finds the place a person wrote in the words of their need when they gave none apart ("banque
 * alimentaire rimouski", "food bank in Gatineau", "aide alimentaire G5L"): the longest group of up
 * to four words at the end of the text (after "in", "à", "near"…), else at its start, that the
 * geography resolves, by its official name or by the short name people use ("Sainte-Famille" for
 * Sainte-Famille-de-l'Île-d'Orléans, see {@link ShortPlaceNames}). A group is not taken when it is
 * part of a need the words speak of (so "low income housing" does not mean the municipality of
 * Low), unless it is written like a place name (hyphenated, or starting with "Saint"/"Sainte"…:
 * "Sainte-Famille" is a place even though "famille" is a need word), nor when nothing would be left
 * of the need.
 */
final class PlaceInText {

  private static final int MAX_WORDS = 4;

  /** Words that join a need and a place ("food bank in Gatineau", "aide à Rimouski"). */
  private static final Set<String> CONNECTIVES =
      Set.of(
          "in", "at", "near", "around", "close", "to", "a", "au", "aux", "en", "dans", "pres",
          "proche", "de", "du", "sur", "vers", "for", "from", "à", "près");

  /** The first words of a saint's name: what follows is a place name, never a need. */
  private static final Set<String> SAINTS = Set.of("saint", "sainte", "st", "ste", "saints");

  /** Place-name words too common to tell a place from a need. */
  private static final Set<String> GENERIC =
      Set.of("saint", "sainte", "st", "ste", "des", "les", "sur", "lac", "mont", "the");

  /** What was found: the place, and the text of the need without it. */
  record Found(Place place, String need, String written) {}

  private PlaceInText() {}

  static Optional<Found> find(
      String text, Geography geography, ShortPlaceNames shortNames, ConceptDictionary concepts) {
    List<String> words = Arrays.asList(text.strip().split("\\s+"));
    if (words.size() < 2) {
      return Optional.empty();
    }
    Set<String> needWords = needWords(text, concepts);
    for (int n = Math.min(MAX_WORDS, words.size() - 1); n >= 1; n--) {
      // at the end: "… rimouski", "… in Gatineau"
      Optional<Found> end =
          attempt(
              words.subList(words.size() - n, words.size()),
              words.subList(0, words.size() - n),
              true,
              geography,
              shortNames,
              needWords);
      if (end.isPresent()) {
        return end;
      }
    }
    for (int n = Math.min(MAX_WORDS, words.size() - 1); n >= 1; n--) {
      // at the start: "Rimouski banque alimentaire"
      Optional<Found> start =
          attempt(
              words.subList(0, n),
              words.subList(n, words.size()),
              false,
              geography,
              shortNames,
              needWords);
      if (start.isPresent()) {
        return start;
      }
    }
    return Optional.empty();
  }

  private static Optional<Found> attempt(
      List<String> placeWords,
      List<String> rest,
      boolean placeAtEnd,
      Geography geography,
      ShortPlaceNames shortNames,
      Set<String> needWords) {
    if (isConnective(placeWords.get(0))) {
      return Optional.empty();
    }
    String written = String.join(" ", placeWords);
    if (written.length() < 3
        || (!looksLikePlaceName(written) && isPartOfNeed(written, needWords))) {
      return Optional.empty();
    }
    int end = rest.size();
    while (placeAtEnd && end > 0 && isConnective(rest.get(end - 1))) {
      end--;
    }
    String need = String.join(" ", rest.subList(0, end)).strip();
    if (ConceptDictionary.words(need).isEmpty()) {
      return Optional.empty();
    }
    return geography
        .tryResolve(written)
        .or(() -> shortNames.codeOf(written).flatMap(geography::tryResolve))
        .map(place -> new Found(place, need, written));
  }

  /** "Sainte-Famille", "St Jérôme", "Rivière-du-Loup": a name, not words of a need. */
  private static boolean looksLikePlaceName(String written) {
    String first = written.split("[\\s-]+")[0].toLowerCase(Locale.ROOT);
    return written.contains("-") || SAINTS.contains(first);
  }

  private static boolean isConnective(String word) {
    return CONNECTIVES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** The distinctive words of the needs the whole text speaks of. */
  private static Set<String> needWords(String text, ConceptDictionary concepts) {
    Set<String> words = new HashSet<>();
    for (String phrase : concepts.interpret(text).phrases()) {
      for (String word : phrase.split(" ")) {
        if (word.length() >= 3 && !GENERIC.contains(word)) {
          words.add(word);
        }
      }
    }
    return words;
  }

  private static boolean isPartOfNeed(String written, Set<String> needWords) {
    for (String word : ConceptDictionary.words(written)) {
      if (needWords.contains(word)) {
        return true;
      }
    }
    return false;
  }
}
