package ca.repere.lists;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.shared.LocalizedText;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

@RepereApplicationTest
class ListPagesBrowserIT {

  @LocalServerPort int port;
  @Autowired ResourceLists lists;
  @Autowired Directory directory;

  @Test
  void theSharedListPageIsAccessibleInFrenchAndEnglish() {
    ListsFixtures fixtures = new ListsFixtures(directory);
    String name = "Popote roulante " + UUID.randomUUID().toString().substring(0, 8);
    CompiledService service = fixtures.service(name, "4, rue des Érables", false, "418 555-0909");
    ResourceList list =
        lists.create(
            LocalizedText.of("Aide alimentaire", "Food aid"),
            UUID.randomUUID(),
            Visibility.PUBLIC,
            null);
    lists.add(list.id(), service.service().id());
    lists.annotate(
        list.id(),
        service.service().id(),
        LocalizedText.of("Livraison le mardi", "Delivery on Tuesdays"));

    try (Browser browser = Browser.open(port)) {
      browser.go("/listes/" + list.shareToken() + "?lang=fr");
      assertThat(browser.find("h1").getText()).isEqualTo("Aide alimentaire");
      assertThat(browser.text())
          .contains(name, "4, rue des Érables", "418 555-0909", "Livraison le mardi");
      browser.assertAccessible();

      browser.go("/listes/" + list.shareToken() + "?lang=en");
      assertThat(browser.find("html").getAttribute("lang")).isEqualTo("en");
      assertThat(browser.find("h1").getText()).isEqualTo("Food aid");
      assertThat(browser.text()).contains(name + " (en)", "Delivery on Tuesdays");
      browser.assertAccessible();

      browser.go("/listes/" + list.shareToken() + "/widget");
      assertThat(browser.text()).contains(name + " (en)");
      browser.assertAccessible();
    }
  }
}
