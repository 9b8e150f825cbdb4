package ca.repere.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CrisisLexiconTests {

  private final CrisisLexicon lexicon =
      new CrisisLexicon("suicide,me tuer,plus envie de vivre", "kill myself,want to die");

  @Test
  void findsDangerWordsWhateverTheCaseAccentsOrPunctuation() {
    assertThat(lexicon.signalsDanger("J'ai PLUS ENVIE DE VIVRE...")).isTrue();
    assertThat(lexicon.signalsDanger("je pense à me tuer")).isTrue();
    assertThat(lexicon.signalsDanger("Sometimes I want to die.")).isTrue();
  }

  @Test
  void ignoresWordsThatOnlyContainADangerWord() {
    assertThat(lexicon.signalsDanger("je cherche une banque alimentaire")).isFalse();
    assertThat(lexicon.signalsDanger("suicidepreventionday")).isFalse();
  }
}
