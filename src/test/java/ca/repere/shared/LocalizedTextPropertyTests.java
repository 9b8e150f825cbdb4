package ca.repere.shared;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.NotBlank;

/** Properties of {@link LocalizedText} over generated texts (jqwik). */
class LocalizedTextPropertyTests {

  @Property
  void aTextGivenInOneLanguageIsShownInBothAndMarkedAsAFallbackInTheOther(
      @ForAll @NotBlank String text, @ForAll Lang lang) {
    LocalizedText only = LocalizedText.EMPTY.with(lang, text);

    assertThat(only.in(lang)).isEqualTo(text.strip());
    assertThat(only.in(lang.other())).isEqualTo(text.strip());
    assertThat(only.isFallback(lang)).isFalse();
    assertThat(only.isFallback(lang.other())).isTrue();
  }

  @Property
  void blankTextsAreNoText(@ForAll("blanks") String blank, @ForAll Lang lang) {
    assertThat(LocalizedText.EMPTY.with(lang, blank).isEmpty()).isTrue();
  }

  @net.jqwik.api.Provide
  net.jqwik.api.Arbitrary<String> blanks() {
    return net.jqwik.api.Arbitraries.strings().withChars(" \t\n\u2003").ofMaxLength(5);
  }
}
