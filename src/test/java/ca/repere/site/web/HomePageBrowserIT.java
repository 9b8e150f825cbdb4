package ca.repere.site.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepereApplicationTest
class HomePageBrowserIT {

  @LocalServerPort int port;

  @Test
  void theHomePageIsAccessibleInBothLanguagesAndStartsWithASkipLink() {
    try (Browser browser = Browser.open(port)) {
      browser.go("/");
      browser.assertAccessible();
      browser.tab(1);
      assertThat(browser.focused().getAttribute("href")).endsWith("#main");

      browser.go("/?lang=en");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
      browser.assertAccessible();
    }
  }
}
