package ca.repere;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * A real headless Chromium for tests of what people click, with axe-core for accessibility. Under
 * {@code CI=true} a missing Chromium fails the test; elsewhere it skips it.
 *
 * <pre>{@code
 * try (Browser browser = Browser.open(port)) {
 *   browser.go("/");
 *   browser.assertAccessible();
 * }
 * }</pre>
 */
public final class Browser implements AutoCloseable {

  private static final File CHROMIUM = new File("/usr/bin/chromium");
  private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");
  private static final String AXE = readAxe();

  private final ChromeDriver driver;
  private final int port;

  private Browser(ChromeDriver driver, int port) {
    this.driver = driver;
    this.port = port;
  }

  /** Starts Chromium for the application listening on {@code port}. */
  public static Browser open(int port) {
    return open(port, "fr");
  }

  /** Starts Chromium whose preferred language is {@code acceptLanguage} ("fr", "en"). */
  public static Browser open(int port, String acceptLanguage) {
    boolean installed = CHROMIUM.canExecute() && CHROMEDRIVER.canExecute();
    if (!installed) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException(
            "Chromium is required under CI=true: apt-get install chromium chromium-driver");
      }
      Assumptions.abort("Chromium is not installed (apt-get install chromium chromium-driver)");
    }
    System.setProperty("SE_OFFLINE", "true");
    ChromeOptions options = new ChromeOptions();
    options.setBinary(CHROMIUM);
    options.addArguments(
        "--headless=new",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-dev-shm-usage",
        "--disable-quic",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--no-first-run",
        "--window-size=1280,900",
        "--lang=" + acceptLanguage);
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", acceptLanguage));
    ChromeDriverService service =
        new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER).build();
    ChromeDriver driver = new ChromeDriver(service, options);
    driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
    return new Browser(driver, port);
  }

  public WebDriver driver() {
    return driver;
  }

  public String url(String path) {
    return "http://localhost:" + port + path;
  }

  /** Opens a path of the application ("/", "/recherche?q=…"). */
  public Browser go(String path) {
    driver.get(url(path));
    return this;
  }

  public WebElement find(String css) {
    return driver.findElement(By.cssSelector(css));
  }

  /**
   * The element, once the page has it: after a form is posted (a sign-in's password hash takes a
   * while on a busy machine) the next page may not be there yet. Up to 15 s; the failure says which
   * page was there instead.
   */
  public WebElement await(String css) {
    new WebDriverWait(driver, Duration.ofSeconds(15))
        .ignoring(StaleElementReferenceException.class)
        .withMessage(() -> "no " + css + " on " + driver.getCurrentUrl() + ": " + text())
        .until(d -> !d.findElements(By.cssSelector(css)).isEmpty());
    return find(css);
  }

  public List<WebElement> findAll(String css) {
    return driver.findElements(By.cssSelector(css));
  }

  /**
   * The page's visible text. A page that is replaced while it is read (a form posted, a redirect
   * followed) is read again, up to a few times, instead of failing on a stale element.
   */
  public String text() {
    WebDriverException last = null;
    for (int attempt = 0; attempt < 5; attempt++) {
      try {
        return driver.findElement(By.tagName("body")).getText();
      } catch (StaleElementReferenceException e) {
        last = e;
      } catch (WebDriverException e) {
        // Chrome's own words for a stale element: "Node with given id does not belong to the
        // document"
        if (!String.valueOf(e.getMessage()).contains("does not belong to the document")) {
          throw e;
        }
        last = e;
      }
    }
    throw last;
  }

  /** Waits up to 10 s until the page's visible text contains {@code expected}. */
  public Browser waitForText(String expected) {
    new WebDriverWait(driver, Duration.ofSeconds(10))
        .ignoring(StaleElementReferenceException.class)
        .until(d -> text().contains(expected));
    return this;
  }

  /** The element that has the keyboard focus. */
  public WebElement focused() {
    return driver.switchTo().activeElement();
  }

  /** Presses Tab {@code times} times, as a keyboard user would. */
  public Browser tab(int times) {
    for (int i = 0; i < times; i++) {
      focused().sendKeys(org.openqa.selenium.Keys.TAB);
    }
    return this;
  }

  public Object script(String javascript, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(javascript, args);
  }

  /** Runs axe-core on the current page; fails on any serious or critical violation. */
  @SuppressWarnings("unchecked")
  public void assertAccessible() {
    script(AXE);
    Object result =
        ((JavascriptExecutor) driver)
            .executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                    + "axe.run(document).then(r => done(r.violations"
                    + ".filter(v => v.impact === 'serious' || v.impact === 'critical')"
                    + ".map(v => v.id + ' (' + v.impact + '): ' + v.help + ' -> '"
                    + " + v.nodes.map(n => n.target.join(' ')).join(', '))))"
                    + ".catch(e => done(['axe failed: ' + e]));");
    List<String> violations = (List<String>) result;
    assertThat(violations).as("axe-core violations on %s", driver.getCurrentUrl()).isEmpty();
  }

  @Override
  public void close() {
    driver.quit();
  }

  private static String readAxe() {
    try (InputStream in = Browser.class.getResourceAsStream("/axe/axe.min.js")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
