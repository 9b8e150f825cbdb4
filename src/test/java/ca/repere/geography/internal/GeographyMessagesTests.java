package ca.repere.geography.internal;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.geography.Geography;
import ca.repere.geography.UnknownPlaceException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.ResourceBundle;
import org.junit.jupiter.api.Test;

/** What a person reads when a place is not found, in French (default) and English. */
class GeographyMessagesTests {

  @Test
  void anUnknownPlaceIsExplainedInBothLanguagesWithItsSuggestions() {
    UnknownPlaceException unknown =
        new UnknownPlaceException("Mont-Saint-Piere", List.of("Mont-Saint-Pierre"));

    assertThat(message(Locale.FRENCH, unknown.messageKey(), unknown.messageArguments()))
        .isEqualTo(
            "« Mont-Saint-Piere » n'est pas un lieu que nous connaissons au Québec."
                + " Vouliez-vous dire : Mont-Saint-Pierre ?");
    assertThat(message(Locale.ENGLISH, unknown.messageKey(), unknown.messageArguments()))
        .isEqualTo(
            "\"Mont-Saint-Piere\" is not a place we know in Québec. Did you mean: Mont-Saint-Pierre?");
  }

  @Test
  void everyGeographyMessageExistsInBothLanguages() {
    ResourceBundle french = bundle(Locale.ROOT);
    ResourceBundle english = bundle(Locale.ENGLISH);

    assertThat(english.keySet()).containsExactlyInAnyOrderElementsOf(french.keySet());
    assertThat(french.keySet())
        .contains(
            Geography.BLANK_INPUT_MESSAGE_KEY,
            UnknownPlaceException.MESSAGE_KEY,
            UnknownPlaceException.MESSAGE_KEY_WITH_SUGGESTIONS);
    for (String key : french.keySet()) {
      assertThat(english.getString(key)).as(key).isNotEqualTo(french.getString(key));
    }
  }

  @Test
  void aMissingFolderFallsBackToTheBuiltInGazetteer() {
    Geography fallback = GeographyService.of(Path.of("target", "no-such-geography-folder"));

    assertThat(fallback.source()).isEqualTo("fallback");
    assertThat(fallback.resolve("Rimouski").regionCode()).isEqualTo("01");
  }

  private static String message(Locale locale, String key, Object... arguments) {
    return new MessageFormat(bundle(locale).getString(key), locale).format(arguments);
  }

  private static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(
        "messages/geography",
        locale,
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
