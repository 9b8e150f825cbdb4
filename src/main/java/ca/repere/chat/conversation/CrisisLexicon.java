package ca.repere.chat.conversation;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Words and phrases that signal danger, in French and English ({@code repere.chat.crisis-words.fr}
 * and {@code .en}, comma-separated). Matching ignores case, accents and apostrophe styles, and
 * looks for whole words, so "suicidaire" matches "suicid" only if the lexicon says "suicid*".
 */
@Component
public class CrisisLexicon {

  private final List<String> terms;

  CrisisLexicon(
      @Value(
              "${repere.chat.crisis-words.fr:suicide,suicidaire,me suicider,me tuer,en finir,mourir,"
                  + "plus envie de vivre,me faire du mal,me mutiler,overdose,surdose,il me bat,"
                  + "il va me tuer,violence,agression,danger,arme}")
          String french,
      @Value(
              "${repere.chat.crisis-words.en:suicide,suicidal,kill myself,end it all,want to die,"
                  + "hurt myself,self-harm,overdose,he hits me,going to kill me,abuse,assault,"
                  + "in danger,weapon}")
          String english) {
    this.terms =
        Stream.concat(Arrays.stream(french.split(",")), Arrays.stream(english.split(",")))
            .map(CrisisLexicon::normalized)
            .filter(t -> !t.isBlank())
            .toList();
  }

  /** Whether the text contains a danger word or phrase. */
  public boolean signalsDanger(String text) {
    String padded = " " + normalized(text) + " ";
    return terms.stream().anyMatch(term -> matches(padded, term));
  }

  private static boolean matches(String padded, String term) {
    return term.endsWith("*")
        ? padded.contains(" " + term.substring(0, term.length() - 1))
        : padded.contains(" " + term + " ");
  }

  static String normalized(String text) {
    String folded =
        Normalizer.normalize(text.toLowerCase(Locale.ROOT), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "");
    return folded.replaceAll("[^a-z0-9*-]+", " ").trim();
  }
}
