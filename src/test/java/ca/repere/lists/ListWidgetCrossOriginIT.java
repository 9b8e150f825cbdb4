package ca.repere.lists;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.shared.LocalizedText;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A partner's page on another origin (its own HTTP server, 127.0.0.1 on another port) embeds a list
 * with the script tag and with an iframe; the browser enforces CORS and frame-ancestors.
 */
@RepereApplicationTest
class ListWidgetCrossOriginIT {

  @LocalServerPort int port;
  @Autowired ResourceLists lists;
  @Autowired Directory directory;

  HttpServer partner;
  String page = "";

  @BeforeEach
  void partnerSite() throws Exception {
    partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    partner.createContext(
        "/",
        exchange -> {
          byte[] body = page.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    partner.start();
  }

  @AfterEach
  void stop() {
    partner.stop(0);
  }

  @Test
  void theWidgetRendersOnAPartnerSiteWhereOnlyItMayBeFramedAndOnlyOpenDataBeRead() {
    String name = "Cuisine collective " + UUID.randomUUID().toString().substring(0, 8);
    CompiledService service =
        new ListsFixtures(directory).service(name, "5, rue du Fleuve", false, "418 555-8080");
    ResourceList list =
        lists.create(
            LocalizedText.of("Nos ressources", "Our resources"),
            UUID.randomUUID(),
            Visibility.PUBLIC,
            null);
    lists.add(list.id(), service.service().id());
    String app = "http://localhost:" + port + "/listes/" + list.shareToken();
    page =
        """
        <!DOCTYPE html><html lang="fr"><head><meta charset="utf-8"><title>Partenaire</title></head>
        <body><h1>Site d’un partenaire</h1>
        <div id="by-script"><script src="%1$s/widget.js" data-lang="fr"></script></div>
        <iframe id="by-iframe" src="%1$s/widget?lang=en" title="Resources"></iframe>
        <iframe id="not-a-widget" src="%1$s" title="Page"></iframe>
        </body></html>
        """
            .formatted(app);
    String partnerUrl = "http://127.0.0.1:" + partner.getAddress().getPort() + "/";

    try (Browser browser = Browser.open(port)) {
      WebDriver driver = browser.driver();
      // navigate without blocking on the frames' loads (slow on a busy machine)
      driver.get("about:blank");
      ((org.openqa.selenium.JavascriptExecutor) driver)
          .executeScript("window.location.href = arguments[0];", partnerUrl);
      WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(60));
      wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);

      WebElement scripted = wait.until(d -> d.findElement(By.cssSelector("#by-script iframe")));
      assertThat(scripted.getAttribute("title")).isEqualTo("Nos ressources");
      driver.switchTo().frame(scripted);
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains(name));
      assertThat(driver.findElement(By.tagName("body")).getText())
          .contains("418 555-8080", "Liste tenue à jour par Repère 211");
      browser.assertAccessible();
      driver.switchTo().defaultContent();

      driver.switchTo().frame(driver.findElement(By.id("by-iframe")));
      wait.until(d -> d.findElement(By.tagName("body")).getText().contains(name + " (en)"));
      driver.switchTo().defaultContent();

      // frame-ancestors 'self' on every page but the widget: the browser refuses to show it
      driver.switchTo().frame(driver.findElement(By.id("not-a-widget")));
      assertThat(driver.findElement(By.tagName("body")).getText()).doesNotContain(name);
      driver.switchTo().defaultContent();

      // CORS: the open data (HSDS JSON) may be read from the partner's page; a page may not
      assertThat(fetch(browser, app + "/hsds")).startsWith("ok").contains(name);
      assertThat(fetch(browser, app)).startsWith("refused");
    }
  }

  private static String fetch(Browser browser, String url) {
    return (String)
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "fetch(arguments[0]).then(r => r.text()).then(t => done('ok ' + t))"
                    + ".catch(e => done('refused ' + e));",
                url);
  }
}
