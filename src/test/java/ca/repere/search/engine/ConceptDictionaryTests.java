package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The curated concept file and the matching of phrases in what people type. */
class ConceptDictionaryTests {

  private static final Pattern CODE = Pattern.compile("[A-Z]+(-[A-Z]+)?");

  private static Map<String, Set<String>> dictionary(String... lines) {
    Map<String, Set<String>> byKey = new java.util.HashMap<>();
    for (String line : lines) {
      String[] parts = line.split("\t");
      byKey.put(ConceptDictionary.key(parts[0]), Set.of(parts[1].split("\\|")));
    }
    return byKey;
  }

  @Test
  void theCuratedFileIsWellFormedWithoutDuplicates() {
    List<ConceptDictionary.CuratedEntry> entries = ConceptDictionary.curatedEntries();
    Set<String> keys = new HashSet<>();

    assertThat(entries).hasSizeGreaterThanOrEqualTo(300);
    for (ConceptDictionary.CuratedEntry entry : entries) {
      assertThat(entry.codes())
          .as("line %d", entry.line())
          .allMatch(c -> CODE.matcher(c).matches());
      assertThat(keys.add(ConceptDictionary.key(entry.phrase())))
          .as("line %d repeats \"%s\"", entry.line(), entry.phrase())
          .isTrue();
    }
  }

  @Test
  void theCuratedFileCoversEveryBasicNeedInBothLanguages() {
    Map<String, Set<String>> byCode = ConceptDictionary.readCurated();
    for (String need : List.of("ALIM", "SANTM", "LOG", "EMPLOI", "GOUV")) {
      long phrases =
          byCode.entrySet().stream()
              .filter(e -> e.getKey().equals(need) || e.getKey().startsWith(need + "-"))
              .mapToLong(e -> e.getValue().size())
              .sum();
      assertThat(phrases).as(need).isGreaterThanOrEqualTo(15);
    }
  }

  @Test
  void foldsAccentsCaseElisionAndPlurals() {
    assertThat(ConceptDictionary.key("J'ai FAIM")).isEqualTo("ai faim");
    assertThat(ConceptDictionary.key("Épiceries")).isEqualTo("epicerie");
    assertThat(ConceptDictionary.key("banques alimentaires")).isEqualTo("banque alimentaire");
  }

  @Test
  void findsTheLongestPhraseAndToleratesATypo() {
    ConceptDictionary concepts =
        ConceptDictionary.of(
            dictionary(
                "banque alimentaire\tALIM-BANQ",
                "banque\tREVENU-BUDGET",
                "logement\tLOG",
                "j'ai faim\tALIM"));

    assertThat(concepts.interpret("une banque alimentaire près de chez nous").codes())
        .containsExactly("ALIM-BANQ");
    assertThat(concepts.interpret("J AI FAIM").codes()).containsExactly("ALIM");
    assertThat(concepts.interpret("logment pas cher").codes()).containsExactly("LOG");
    assertThat(concepts.interpret("piano").isEmpty()).isTrue();
  }
}
