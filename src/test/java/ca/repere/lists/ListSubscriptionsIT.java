package ca.repere.lists;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.lists.notice.ChangeNotices;
import ca.repere.shared.LocalizedText;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.Message;
import jakarta.mail.internet.MimeMessage;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * A reader subscribes to a list from its page, confirms from the mail, and is told by mail (a real
 * SMTP server, GreenMail) when a listed service changes or is withdrawn, until they unsubscribe.
 */
@RepereApplicationTest
class ListSubscriptionsIT {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

  @LocalServerPort int port;
  @Autowired ResourceLists lists;
  @Autowired Directory directory;
  @Autowired ChangeNotices notices;

  final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

  @Test
  void aConfirmedSubscriberIsToldWhatChangedAndWhatWasWithdrawn() throws Exception {
    ListsFixtures fixtures = new ListsFixtures(directory);
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    CompiledService pantry =
        fixtures.service("Comptoir " + suffix, "1, rue du Havre", false, "418 555-4101");
    CompiledService closet =
        fixtures.service("Friperie " + suffix, "2, rue du Havre", false, "418 555-4102");
    ResourceList list =
        lists.create(
            LocalizedText.of("Liste suivie " + suffix, "Watched list " + suffix),
            UUID.randomUUID(),
            Visibility.LINK,
            null);
    lists.add(list.id(), pantry.service().id());
    lists.add(list.id(), closet.service().id());
    String email = "lecteur-" + suffix + "@test.example";

    String page = get("/listes/" + list.shareToken()).body();
    String answer =
        post("/listes/" + list.shareToken() + "/abonnement", csrf(page), "email", email).body();
    assertThat(answer).contains("un courriel de confirmation vient d’y être envoyé");

    MimeMessage confirmation = mailTo(email, "Confirmez votre abonnement");
    String body = confirmation.getContent().toString();
    assertThat(body).contains("Liste suivie " + suffix, "/listes/desabonnement?jeton=");
    String confirmLink = link(body, "/listes/abonnement\\?jeton=[A-Za-z0-9_-]+");
    String confirmPage = get(confirmLink).body();
    String token = confirmLink.substring(confirmLink.indexOf("jeton=") + 6);
    assertThat(post("/listes/abonnement", csrf(confirmPage), "jeton", token).body())
        .contains("Votre abonnement est confirmé");

    fixtures.changePhone(pantry, "418 555-4999");
    notices.run();

    String changed =
        mailTo(email, "La liste « Liste suivie " + suffix + " » a changé").getContent().toString();
    assertThat(changed)
        .contains("Comptoir " + suffix, "Téléphones\u00A0: 418 555-4101 → 418 555-4999")
        .doesNotContain("Friperie " + suffix, "418 555-0999");
    String unsubscribe = link(changed, "/listes/desabonnement\\?jeton=[A-Za-z0-9_-]+");

    directory.withdraw(closet.service().id(), "test");
    notices.run();

    assertThat(mailsTo(email, "a changé"))
        .anySatisfy(
            m ->
                assertThat(m.getContent().toString())
                    .contains("Friperie " + suffix, "Ce service n’est plus offert."));

    String unsubscribePage = get(unsubscribe).body();
    assertThat(
            post(
                    "/listes/desabonnement",
                    csrf(unsubscribePage),
                    "jeton",
                    unsubscribe.substring(unsubscribe.indexOf("jeton=") + 6))
                .body())
        .contains("Vous êtes désabonné");
    int before = mailsTo(email, "a changé").size();
    fixtures.changePhone(pantry, "418 555-4888");
    notices.run();
    assertThat(mailsTo(email, "a changé")).hasSize(before);
  }

  @Test
  void anInvalidAddressIsRefusedWithAMessageAndNothingIsSent() throws Exception {
    ResourceList list =
        lists.create(LocalizedText.of("Liste", "List"), UUID.randomUUID(), Visibility.PUBLIC, null);
    String page = get("/listes/" + list.shareToken()).body();

    String answer =
        post("/listes/" + list.shareToken() + "/abonnement", csrf(page), "email", "pas-un-courriel")
            .body();

    assertThat(answer).contains("Adresse courriel : « pas-un-courriel » n’est pas une adresse");
    assertThat(
            Arrays.stream(smtp.getReceivedMessages())
                .filter(m -> recipient(m).equals("pas-un-courriel")))
        .isEmpty();
  }

  @Test
  void anUnknownConfirmationLinkConfirmsNothing() throws Exception {
    String page = get("/listes/abonnement?jeton=inconnu").body();
    assertThat(post("/listes/abonnement", csrf(page), "jeton", "inconnu").body())
        .contains("Ce lien n’est pas ou plus valide.");
  }

  private MimeMessage mailTo(String email, String subject) {
    return Awaitility.await()
        .atMost(Duration.ofSeconds(15))
        .until(() -> mailsTo(email, subject), m -> !m.isEmpty())
        .get(0);
  }

  private List<MimeMessage> mailsTo(String email, String subject) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(m -> recipient(m).equals(email))
        .filter(m -> subject(m).contains(subject))
        .toList();
  }

  private static String subject(MimeMessage message) {
    try {
      return message.getSubject();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getRecipients(Message.RecipientType.TO)[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  /** The path and query of the first link matching {@code pattern} in a mail. */
  private static String link(String body, String pattern) {
    Matcher matcher = Pattern.compile("http://[^/\\s]+(" + pattern + ")").matcher(body);
    assertThat(matcher.find()).as(body).isTrue();
    return matcher.group(1);
  }

  private static String csrf(String page) {
    Matcher matcher = CSRF.matcher(page);
    assertThat(matcher.find()).as("a CSRF token in the page").isTrue();
    return matcher.group(1);
  }

  private HttpResponse<String> get(String path) throws Exception {
    return http.send(
        HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts a form and follows the redirect, as a browser would. */
  private HttpResponse<String> post(String path, String csrf, String... fields) throws Exception {
    StringBuilder form =
        new StringBuilder("_csrf=" + URLEncoder.encode(csrf, StandardCharsets.UTF_8));
    for (int i = 0; i < fields.length; i += 2) {
      form.append('&')
          .append(fields[i])
          .append('=')
          .append(URLEncoder.encode(fields[i + 1], StandardCharsets.UTF_8));
    }
    HttpResponse<String> response =
        http.send(
            HttpRequest.newBuilder(URI.create("http://localhost:" + port + path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form.toString()))
                .build(),
            HttpResponse.BodyHandlers.ofString());
    if (response.statusCode() == 302) {
      URI location = URI.create(response.headers().firstValue("Location").orElseThrow());
      return get(
          location.getRawPath()
              + (location.getRawQuery() == null ? "" : "?" + location.getRawQuery()));
    }
    return response;
  }
}
