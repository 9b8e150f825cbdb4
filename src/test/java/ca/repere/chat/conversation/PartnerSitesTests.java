package ca.repere.chat.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class PartnerSitesTests {

  @Test
  void readsOriginsOnePerLineOrSeparatedBySpaces() {
    assertThat(
            PartnerSites.parse(
                " https://www.CISSS.example/\nhttps://*.example.org, http://127.0.0.1:*"
                    + "  https://www.cisss.example"))
        .containsExactly(
            "https://www.cisss.example", "https://*.example.org", "http://127.0.0.1:*");
    assertThat(PartnerSites.parse("  \n ")).isEmpty();
  }

  @Test
  void refusesAnythingButAnOriginNamingTheEntry() {
    for (String wrong :
        new String[] {
          "www.example.org",
          "https://example.org/page",
          "https://example.org; script-src *",
          "'unsafe-inline'",
          "javascript:alert(1)",
          "*"
        }) {
      assertThatThrownBy(() -> PartnerSites.parse("https://ok.example " + wrong))
          .isInstanceOfSatisfying(
              ChatRejected.class,
              e -> {
                assertThat(e.messageKey()).isEqualTo("chat.error.partner-site");
                assertThat(e.arguments()[0]).isEqualTo(wrong.split(" ")[0]);
              });
    }
  }
}
