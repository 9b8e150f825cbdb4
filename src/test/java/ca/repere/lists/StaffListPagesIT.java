package ca.repere.lists;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.Role;
import ca.repere.accounts.account.Accounts;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.shared.Lang;
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
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/** A partner builds a list through the staff pages, with the CSRF token their forms carry. */
@RepereApplicationTest
class StaffListPagesIT {

  private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");
  private static final String PASSWORD = "une longue phrase de passe pour les listes";

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired Accounts accounts;
  @Autowired Directory directory;
  @Autowired ResourceLists lists;

  final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();
  String csrf;

  @Test
  void aPartnerCreatesAListAndAddsAServiceById() {
    CompiledService service =
        new ListsFixtures(directory)
            .service("Halte " + UUID.randomUUID(), "6, rue Ouest", false, "418 555-1010");
    String email = "partner-" + UUID.randomUUID() + "@test.example";
    UUID me =
        accounts.create(email, "Partner", Set.of(Role.PARTNER), List.of(), Lang.FR).account().id();
    accounts.choosePassword(me, PASSWORD);
    get("/connexion");
    post("/connexion", "email", email, "password", PASSWORD);

    String page =
        post("/staff/listes", "titleFr", "Ma liste", "titleEn", "My list", "visibility", "link")
            .body();
    ResourceList list = lists.ownedBy(me).get(0);
    assertThat(page).contains("Ma liste");

    assertThat(post("/staff/listes/" + list.id() + "/ajouter", "serviceId", "pas-un-id").body())
        .contains("Aucun service ne porte l’identifiant « pas-un-id »");
    assertThat(
            post(
                    "/staff/listes/" + list.id() + "/ajouter",
                    "serviceId",
                    service.service().id().toString())
                .body())
        .contains(service.service().name().fr());
    assertThat(lists.find(list.id()).orElseThrow().items()).hasSize(1);
  }

  @Test
  void aPartnerSendsAListToACitizenByEmailInEnglish() throws Exception {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    CompiledService shelter =
        new ListsFixtures(directory)
            .service("Refuge " + suffix, "8, chemin Caché", true, "418 555-5050");
    UUID me = signIn(Role.PARTNER);
    ResourceList list =
        lists.create(
            LocalizedText.of("Pour vous " + suffix, "For you " + suffix),
            me,
            Visibility.LINK,
            null);
    lists.add(list.id(), shelter.service().id());
    get("/staff/listes/" + list.id());
    String citizen = "citoyen-" + suffix + "@test.example";

    String page =
        post(
                "/staff/listes/" + list.id() + "/envoyer-courriel",
                "email",
                citizen,
                "messageLang",
                "en")
            .body();

    assertThat(page).contains("La liste a été envoyée à " + citizen);
    MimeMessage mail =
        Awaitility.await()
            .atMost(Duration.ofSeconds(10))
            .until(() -> mailTo(citizen), java.util.Optional::isPresent)
            .orElseThrow();
    assertThat(mail.getSubject()).isEqualTo("Resources: For you " + suffix);
    assertThat(mail.getContent().toString())
        .contains(
            "Refuge " + suffix + " (en)",
            "By phone",
            "418 555-5050",
            "/listes/" + list.shareToken() + "?lang=en",
            "dial 2-1-1")
        .doesNotContain("8, chemin Caché", "418 555-0999");
  }

  @Test
  void withoutAnSmsProviderTheTextIsShownToCopy() {
    String suffix = UUID.randomUUID().toString().substring(0, 8);
    CompiledService pantry =
        new ListsFixtures(directory)
            .service("Marché " + suffix, "9, rue du Marché", false, "418 555-6060");
    UUID me = signIn(Role.PARTNER);
    ResourceList list =
        lists.create(
            LocalizedText.of("Épicerie " + suffix, "Food " + suffix), me, Visibility.PRIVATE, null);
    lists.add(list.id(), pantry.service().id());
    get("/staff/listes/" + list.id());

    assertThat(post("/staff/listes/" + list.id() + "/texto", "phone", "pas un numéro").body())
        .contains(
            "Numéro de cellulaire : « pas un numéro » n’est pas un numéro de téléphone valide.");
    String page =
        post("/staff/listes/" + list.id() + "/texto", "phone", "418 555-7070", "messageLang", "fr")
            .body();

    assertThat(page)
        .contains(
            "Aucun fournisseur de textos n’est configuré",
            "Épicerie " + suffix + "\n- Marché " + suffix + " : 418 555-6060")
        .doesNotContain("418 555-0999", "/listes/" + list.shareToken());
  }

  private UUID signIn(Role role) {
    String email = "staff-" + UUID.randomUUID() + "@test.example";
    UUID me = accounts.create(email, "Staff", Set.of(role), List.of(), Lang.FR).account().id();
    accounts.choosePassword(me, PASSWORD);
    get("/connexion");
    post("/connexion", "email", email, "password", PASSWORD);
    return me;
  }

  private static java.util.Optional<MimeMessage> mailTo(String email) {
    return Arrays.stream(smtp.getReceivedMessages())
        .filter(
            m -> {
              try {
                return m.getRecipients(Message.RecipientType.TO)[0].toString().equals(email);
              } catch (Exception e) {
                throw new IllegalStateException(e);
              }
            })
        .findFirst();
  }

  private HttpResponse<String> get(String path) {
    return send(HttpRequest.newBuilder(uri(path)).GET());
  }

  /** Posts a form with the last CSRF token read, following the redirect as a browser would. */
  private HttpResponse<String> post(String path, String... fields) {
    String body =
        Stream.concat(Stream.of(fields), Stream.of("_csrf", csrf))
            .map(f -> URLEncoder.encode(f, StandardCharsets.UTF_8))
            .collect(Collectors.collectingAndThen(Collectors.toList(), StaffListPagesIT::pairs));
    HttpResponse<String> response =
        send(
            HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    return response
        .headers()
        .firstValue("Location")
        .map(l -> get(URI.create(l).getPath()))
        .orElse(response);
  }

  private static String pairs(List<String> encoded) {
    StringBuilder out = new StringBuilder();
    for (int i = 0; i < encoded.size(); i += 2) {
      out.append(i == 0 ? "" : "&").append(encoded.get(i)).append('=').append(encoded.get(i + 1));
    }
    return out.toString();
  }

  private HttpResponse<String> send(HttpRequest.Builder request) {
    try {
      HttpResponse<String> response =
          http.send(request.build(), HttpResponse.BodyHandlers.ofString());
      Matcher matcher = CSRF.matcher(response.body());
      if (matcher.find()) {
        csrf = matcher.group(1);
      }
      return response;
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }

  private URI uri(String path) {
    return URI.create("http://localhost:" + port + path);
  }
}
