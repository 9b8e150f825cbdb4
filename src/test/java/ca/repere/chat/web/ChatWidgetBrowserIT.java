package ca.repere.chat.web;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.Browser;
import ca.repere.RepereApplicationTest;
import ca.repere.chat.ChatFixtures;
import ca.repere.chat.conversation.ChatEvents;
import ca.repere.chat.conversation.ChatHours;
import ca.repere.chat.conversation.ChatQueue;
import ca.repere.chat.conversation.Chats;
import ca.repere.chat.conversation.PartnerSites;
import ca.repere.chat.conversation.Sender;
import ca.repere.chat.conversation.Specialist;
import ca.repere.chat.conversation.Specialists;
import ca.repere.shared.Lang;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoSuchElementException;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The citizen's widget in a real Chromium, on what the end-to-end test does not reach: a
 * keyboard-only chat in English with the queue position and wait, the typing indicator, the
 * delivery state and the transcript download; a network loss in the middle of a chat (nothing lost,
 * nothing twice); the closed page with the coming statutory holidays; the widget in a partner
 * site's iframe, refused until supervisors allow that site; the widget on a phone-sized screen. The
 * specialist side is driven through the chat API, as the console would.
 */
@RepereApplicationTest
class ChatWidgetBrowserIT {

  @LocalServerPort int port;
  @Autowired Specialists specialists;
  @Autowired ChatHours hours;
  @Autowired Chats chats;
  @Autowired ChatQueue queue;
  @Autowired ChatEvents events;
  @Autowired PartnerSites partners;
  @Autowired JdbcClient jdbc;

  ChatFixtures fixtures;

  @BeforeEach
  void cleanFloor() {
    fixtures = new ChatFixtures(jdbc, specialists, hours, chats).cleanFloor();
  }

  @Test
  void aKeyboardOnlyCitizenSeesTheQueueTypingAndDeliveryAndDownloadsTheTranscript(
      @org.junit.jupiter.api.io.TempDir Path downloads) throws IOException {
    Specialist specialist = fixtures.specialist("Dominique", List.of("en"), List.of());
    UUID ahead = fixtures.citizen(Lang.EN, "").chat().id();

    try (Browser citizen = Browser.open(port, "en")) {
      allowDownloads(citizen, downloads);
      citizen.go("/clavardage/widget?lang=en");
      citizen.assertAccessible();
      tabTo(citizen, "chat-place").sendKeys("Rimouski");
      tabTo(citizen, "chat-consent").sendKeys(Keys.SPACE);
      tabTo(citizen, "chat-start-submit").sendKeys(Keys.ENTER);

      waitFor(citizen, "You are number 2 in the queue.");
      assertThat(citizen.text()).containsPattern("Estimated wait: about \\d+ min\\.");
      assertThat(citizen.focused().getAttribute("id")).isEqualTo("chat-text");
      citizen.assertAccessible();
      UUID chatId = chatIdOf(citizen);

      assertThat(queue.acceptNext(specialist.id()))
          .hasValueSatisfying(c -> assertThat(c.id()).isEqualTo(ahead));
      waitFor(citizen, "You are number 1 in the queue.");
      queue.acceptNext(specialist.id());
      waitFor(citizen, "You are chatting with Dominique.");

      events.typing(chatId, Sender.SPECIALIST);
      waitFor(citizen, "The specialist is typing…");
      chats.post(chatId, Sender.SPECIALIST, specialist.id(), "Dominique", "How can I help?", null);
      waitFor(citizen, "How can I help?");
      assertThat(citizen.text()).doesNotContain("The specialist is typing…");

      citizen.focused().sendKeys("I need a place to stay tonight", Keys.ENTER);
      waitUntil(citizen, d -> deliveryOf(citizen, "I need a place to stay tonight").equals("Sent"));
      long seq = chats.after(chatId, 0).stream().mapToLong(m -> m.seq()).max().orElseThrow();
      chats.received(chatId, Sender.SPECIALIST, seq);
      waitUntil(
          citizen, d -> deliveryOf(citizen, "I need a place to stay tonight").equals("Received"));
      citizen.assertAccessible();

      tabTo(citizen, "chat-transcript").sendKeys(Keys.ENTER);
      Path transcript = downloads.resolve("clavardage-211.txt");
      waitUntil(citizen, d -> Files.exists(transcript));
      String text = Files.readString(transcript);
      assertThat(text)
          .startsWith("Conversation with 211")
          .contains("Dominique: How can I help?", "You: I need a place to stay tonight")
          .doesNotContain("Dominique: I need a place");
    }
  }

  @Test
  void aCitizenWhoLosesTheNetworkGetsEverythingOnceWhenItComesBack() {
    Specialist specialist = fixtures.specialist("Camille", List.of("fr"), List.of());
    try (Browser citizen = Browser.open(port)) {
      trackWebSockets(citizen);
      citizen.go("/clavardage");
      citizen.find("#chat-consent").click();
      citizen.find("#chat-start-submit").click();
      waitFor(citizen, "position 1");
      UUID chatId = chatIdOf(citizen);
      queue.acceptNext(specialist.id());
      waitFor(citizen, "Vous clavardez avec Camille.");
      chats.post(chatId, Sender.SPECIALIST, specialist.id(), "Camille", "Avant la coupure", null);
      waitFor(citizen, "Avant la coupure");

      network(citizen, false);
      waitFor(citizen, "Connexion perdue. Reconnexion…");
      citizen.find("#chat-text").sendKeys("Écrit hors ligne", Keys.ENTER);
      waitUntil(
          citizen,
          d -> deliveryOf(citizen, "Écrit hors ligne").equals("Non envoyé — nouvel essai…"));
      chats.post(
          chatId, Sender.SPECIALIST, specialist.id(), "Camille", "Pendant la coupure 1", null);
      chats.post(
          chatId, Sender.SPECIALIST, specialist.id(), "Camille", "Pendant la coupure 2", null);
      assertThat(citizen.text()).doesNotContain("Pendant la coupure");

      network(citizen, true);
      waitFor(citizen, "Pendant la coupure 2");
      waitUntil(citizen, d -> deliveryOf(citizen, "Écrit hors ligne").matches("Envoyé|Reçu"));
      waitUntil(citizen, d -> citizen.find("#chat-connection").getText().isEmpty());

      List<String> shown =
          citizen.findAll("#chat-log li .body").stream().map(e -> e.getText()).toList();
      assertThat(shown)
          .as("in the order stored, the message written offline once, after what came meanwhile")
          .containsExactly(
              "Avant la coupure",
              "Pendant la coupure 1",
              "Pendant la coupure 2",
              "Écrit hors ligne");
      assertThat(chats.after(chatId, 0).stream().filter(m -> m.body().equals("Écrit hors ligne")))
          .hasSize(1);
      @SuppressWarnings("unchecked")
      List<Long> seqs =
          (List<Long>)
              citizen.script(
                  "return [...document.querySelectorAll('#chat-log li[data-seq]')]"
                      + ".map(li => Number(li.dataset.seq));");
      assertThat(seqs).doesNotHaveDuplicates().isSorted();
    }
  }

  @Test
  void theClosedWidgetListsTheComingStatutoryHolidaysInBothLanguages() {
    try {
      hours.replace("MON-SUN 00:00-00:01", true);
      try (Browser citizen = Browser.open(port)) {
        citizen.go("/clavardage/widget");
        waitFor(citizen, "Le clavardage est fermé en ce moment");
        assertThat(citizen.text())
            .contains("Fermé les jours fériés du Québec.", "Jours fériés à venir")
            .containsPattern("vendredi 25 décembre \\d{4}|\\w+ 25 décembre \\d{4}")
            .contains("1 juillet", "24 juin");
        citizen.assertAccessible();
        citizen.go("/clavardage/widget?lang=en");
        waitFor(citizen, "Coming statutory holidays (chat closed)");
        assertThat(citizen.text()).containsPattern("December 25, \\d{4}").contains("July 1,");
        citizen.assertAccessible();
      }
      hours.replace("MON-SUN 00:00-00:01", false);
      try (Browser citizen = Browser.open(port)) {
        citizen.go("/clavardage/widget");
        waitFor(citizen, "Le clavardage est fermé en ce moment");
        assertThat(citizen.text()).doesNotContain("Jours fériés à venir");
      }
    } finally {
      fixtures.cleanFloor();
    }
  }

  @Test
  void aPartnerSiteShowsTheWidgetInAnIframeOnlyOnceSupervisorsAllowIt() throws IOException {
    HttpServer partner = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    String page =
        "<!DOCTYPE html><html lang=\"en\"><head><title>Partner</title></head><body>"
            + "<h1>A partner's page</h1>"
            + "<iframe id=\"widget\" title=\"211\" width=\"400\" height=\"700\""
            + " src=\"http://localhost:"
            + port
            + "/clavardage/widget?lang=en\"></iframe>"
            + "<iframe id=\"site\" title=\"site\" src=\"http://localhost:"
            + port
            + "/clavardage\"></iframe></body></html>";
    partner.createContext(
        "/",
        exchange -> {
          byte[] body = page.getBytes(StandardCharsets.UTF_8);
          exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
          exchange.sendResponseHeaders(200, body.length);
          exchange.getResponseBody().write(body);
          exchange.close();
        });
    partner.start();
    String partnerUrl = "http://127.0.0.1:" + partner.getAddress().getPort() + "/";
    try (Browser citizen = Browser.open(port, "en")) {
      partners.replace("");
      citizen.driver().get(partnerUrl);
      assertThat(frameText(citizen, "widget"))
          .as("not allowed yet")
          .doesNotContain("Chat with 211");

      partners.replace("https://www.cisss.example\nhttp://127.0.0.1:*");
      citizen.driver().get(partnerUrl);
      assertThat(frameText(citizen, "site")).as("only the widget").doesNotContain("Chat with 211");
      citizen.driver().switchTo().frame(citizen.find("#widget"));
      waitFor(citizen, "Chat with 211");
      citizen.find("#chat-consent").click();
      citizen.find("#chat-start-submit").click();
      waitFor(citizen, "You are number 1 in the queue.");
      citizen.find("#chat-text").sendKeys("Hello from a partner site", Keys.ENTER);
      waitUntil(citizen, d -> deliveryOf(citizen, "Hello from a partner site").equals("Sent"));
      citizen.assertAccessible();
    } finally {
      partners.replace("");
      partner.stop(0);
    }
  }

  @Test
  void theWidgetFitsAPhoneScreenWithoutSidewaysScrolling() {
    try (Browser citizen = Browser.open(port)) {
      citizen.driver().manage().window().setSize(new org.openqa.selenium.Dimension(360, 740));
      for (String path : List.of("/clavardage", "/clavardage/widget")) {
        citizen.go(path);
        assertThat(sidewaysOverflow(citizen)).as("start form of %s", path).isLessThanOrEqualTo(0);
      }
      citizen.find("#chat-consent").click();
      citizen.find("#chat-start-submit").click();
      waitFor(citizen, "position 1");
      citizen.find("#chat-text").sendKeys("x".repeat(300), Keys.ENTER);
      waitUntil(citizen, d -> !citizen.findAll("#chat-log li[data-seq]").isEmpty());
      assertThat(sidewaysOverflow(citizen)).as("conversation").isLessThanOrEqualTo(0);
      citizen.assertAccessible();
    }
  }

  /** How many pixels the page is wider than the screen (positive when it scrolls sideways). */
  private static long sidewaysOverflow(Browser browser) {
    return ((Number)
            browser.script(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth;"))
        .longValue();
  }

  /** The text of the frame with this id, once loaded (an error page when framing was refused). */
  private static String frameText(Browser browser, String id) {
    browser.driver().switchTo().defaultContent();
    browser.driver().switchTo().frame(browser.find("#" + id));
    try {
      return browser.text();
    } finally {
      browser.driver().switchTo().defaultContent();
    }
  }

  /** Presses Tab until the element with this id has the focus (at most 15 times). */
  private static org.openqa.selenium.WebElement tabTo(Browser browser, String id) {
    for (int i = 0; i < 15; i++) {
      if (id.equals(browser.focused().getAttribute("id"))) {
        return browser.focused();
      }
      browser.focused().sendKeys(Keys.TAB);
    }
    throw new AssertionError("#" + id + " cannot be reached with the Tab key");
  }

  private static UUID chatIdOf(Browser citizen) {
    return UUID.fromString(
        (String)
            citizen.script("return JSON.parse(sessionStorage.getItem('repere-chat')).chatId;"));
  }

  /** The delivery state shown under the citizen's own message with this text. */
  private static String deliveryOf(Browser citizen, String body) {
    Object state =
        citizen.script(
            "const li = [...document.querySelectorAll('#chat-log li.citizen')]"
                + ".find(li => li.querySelector('.body') && li.querySelector('.body').textContent === arguments[0]);"
                + "return li ? li.querySelector('.delivery').textContent : '';",
            body);
    return String.valueOf(state);
  }

  private static void allowDownloads(Browser browser, Path folder) {
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Browser.setDownloadBehavior",
            Map.of("behavior", "allow", "downloadPath", folder.toAbsolutePath().toString()));
  }

  /**
   * Keeps every WebSocket the page opens, so that a network loss can drop them: Chromium's offline
   * mode refuses new requests and connections but leaves open WebSockets alone.
   */
  private static void trackWebSockets(Browser browser) {
    ((ChromeDriver) browser.driver())
        .executeCdpCommand(
            "Page.addScriptToEvaluateOnNewDocument",
            Map.of(
                "source",
                "(() => { const Native = window.WebSocket; const open = [];"
                    + " function Tracked(url, protocols) { const socket = protocols === undefined"
                    + " ? new Native(url) : new Native(url, protocols); open.push(socket);"
                    + " return socket; }"
                    + " Tracked.prototype = Native.prototype;"
                    + " Object.assign(Tracked, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});"
                    + " window.WebSocket = Tracked;"
                    + " window.dropWebSockets = () => open.forEach(s => s.close()); })();"));
  }

  /** Cuts (refusing every request and dropping open WebSockets) or restores the network. */
  private static void network(Browser browser, boolean up) {
    ChromeDriver driver = (ChromeDriver) browser.driver();
    driver.executeCdpCommand("Network.enable", Map.of());
    driver.executeCdpCommand(
        "Network.emulateNetworkConditions",
        Map.of(
            "offline", !up,
            "latency", 0,
            "downloadThroughput", -1,
            "uploadThroughput", -1));
    if (!up) {
      browser.script("window.dropWebSockets && window.dropWebSockets();");
    }
  }

  private static void waitFor(Browser browser, String text) {
    waitUntil(browser, d -> browser.text().contains(text));
  }

  private static void waitUntil(Browser browser, Function<WebDriver, Boolean> condition) {
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .withMessage(() -> "the page shows:\n" + browser.text())
        .ignoring(StaleElementReferenceException.class)
        .ignoring(NoSuchElementException.class)
        .until(condition::apply);
  }
}
