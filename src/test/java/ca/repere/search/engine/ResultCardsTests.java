package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.search.ResultCard;
import ca.repere.shared.LocalizedText;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultCardsTests {

  private static final ResultCard FULL =
      new ResultCard(
          new LocalizedText("Comptoir alimentaire de l'Île", "Île food bank"),
          UUID.randomUUID(),
          new LocalizedText("Entraide Sainte-Anne-des-Monts", null),
          UUID.randomUUID(),
          "12, rue Principale, Gaspé (Québec)  G4X 1A1",
          false,
          false,
          "Gaspésie–Îles-de-la-Madeleine, MRC de La Côte-de-Gaspé",
          List.of(
              new ResultCard.Phone("418 555-0100", "123", "voice"),
              new ResultCard.Phone("1 800 555-0199", null, null)),
          List.of(
              new ResultCard.Category("ALIM-DEP", new LocalizedText("Dépannage", "Food aid")),
              new ResultCard.Category("ALIM", null)),
          List.of(540, 720, 1980, 10079),
          List.of("fr", "en", "cr"),
          true,
          new LocalizedText("Gratuit", "Free"),
          new LocalizedText("Résidents de la MRC — 18 ans et plus", "Residents, 18+"),
          new LocalizedText("Fermé le 24 décembre 🎄", null),
          "https://exemple.org/dépannage");

  @Test
  void aCardReadsBackAsItWasWrittenAccentsEmojiAndNullsIncluded() {
    assertThat(ResultCards.decode(ResultCards.encode(FULL), 0, ResultCards.encode(FULL).length))
        .isEqualTo(FULL);

    ResultCard sparse =
        new ResultCard(
            new LocalizedText(null, "Helpline"),
            null,
            null,
            null,
            null,
            true,
            true,
            null,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            false,
            null,
            null,
            null,
            null);
    byte[] bytes = ResultCards.encode(sparse);
    assertThat(ResultCards.decode(bytes, 0, bytes.length)).isEqualTo(sparse);
  }

  @Test
  void aCardIsReadInPlaceFromTheMiddleOfALargerArray() {
    byte[] card = ResultCards.encode(FULL);
    byte[] stored = new byte[card.length + 20];
    Arrays.fill(stored, (byte) 7);
    System.arraycopy(card, 0, stored, 11, card.length);

    assertThat(ResultCards.decode(stored, 11, card.length)).isEqualTo(FULL);
  }

  @Test
  void bytesOfAnotherVersionAreNoCardAndCutBytesAnError() {
    byte[] card = ResultCards.encode(FULL);
    byte[] other = card.clone();
    other[0] = 1;

    assertThat(ResultCards.decode(other, 0, other.length)).isNull();
    assertThatThrownBy(() -> ResultCards.decode(card, 0, card.length - 3))
        .isInstanceOf(IllegalStateException.class);
  }
}
