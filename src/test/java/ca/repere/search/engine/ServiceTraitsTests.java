package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ServiceTraitsTests {

  @Test
  void foldsAsciiTextInOnePass() {
    assertThat(ServiceTraits.fold("  L'aide-Alimentaire, 24/7!  "))
        .isEqualTo("l aide alimentaire 24 7");
    assertThat(ServiceTraits.fold("Free")).isEqualTo("free");
    assertThat(ServiceTraits.fold("--")).isEmpty();
    assertThat(ServiceTraits.fold((String) null)).isEmpty();
  }

  @Test
  void foldsAccentsAndOtherScripts() {
    assertThat(ServiceTraits.fold("Aînés ÂGÉS – d’Élite")).isEqualTo("aines ages d elite");
    assertThat(ServiceTraits.fold("Œuvre")).isEqualTo("œuvre");
  }

  @Test
  void asciiAndUnicodePathsAgree() {
    for (String text :
        new String[] {"A-b  C", "  x1_y2 ", "Jeunes (12-17 ans)", "Women's shelter."}) {
      String unicode = ServiceTraits.fold(text + "é");
      assertThat(ServiceTraits.fold(text + "e")).isEqualTo(unicode);
    }
  }
}
