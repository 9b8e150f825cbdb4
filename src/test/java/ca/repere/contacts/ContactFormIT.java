package ca.repere.contacts;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.directory.Directory;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.shared.Lang;
import java.net.URLEncoder;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The form as the server renders it, scripts off: the call timer's start, a need added by name with
 * Enter, recent referrals one click away, and the pre-fill the chat console uses.
 */
@RepereApplicationTest
class ContactFormIT {

  @Autowired ContactRecords records;
  @Autowired RepereTaxonomy taxonomy;
  @Autowired Directory directory;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @LocalServerPort int port;

  AccountsFixtures.Staff specialist;
  StaffClient client;
  RepereCategory need;

  @BeforeEach
  void signIn() {
    AccountsFixtures fixtures = new AccountsFixtures(accounts, secondFactor);
    specialist = fixtures.staff(Role.SPECIALIST);
    client = fixtures.signIn(specialist, port);
    need =
        taxonomy.categories().stream()
            .filter(c -> !c.isTop() && c.name().fr() != null)
            .findFirst()
            .orElseThrow();
  }

  @Test
  void theTimerStartsWhenTheFormOpens() {
    long before = Instant.now().truncatedTo(ChronoUnit.SECONDS).toEpochMilli();

    String body = client.get("/staff/contacts/nouveau").body();

    Matcher start =
        Pattern.compile("id=\"call-timer\" role=\"timer\" data-start=\"(\\d+)\"").matcher(body);
    assertThat(start.find()).as(body).isTrue();
    assertThat(Long.parseLong(start.group(1))).isBetween(before - 1000, before + 60_000);
    assertThat(body).contains("step=\"1\"", "/js/contact-form.js");
  }

  @Test
  void enterInAddANeedChecksThatNeedWithoutSaving() {
    client.get("/staff/contacts/nouveau");
    String typed = need.name().fr().toUpperCase();

    HttpResponse<String> added =
        client.post(
            "/staff/contacts/nouveau",
            "action",
            "search",
            "started",
            "2026-01-05T10:00:00",
            "addNeed",
            typed);

    assertThat(added.statusCode()).isEqualTo(200);
    assertThat(added.body())
        .containsPattern("value=\"" + Pattern.quote(need.code()) + "\"[^>]*checked")
        .doesNotContain("Aucun service trouvé");
    HttpResponse<String> unknown =
        client.post("/staff/contacts/nouveau", "action", "save", "addNeed", "Zzyzx");
    assertThat(unknown.statusCode()).isEqualTo(422);
    assertThat(unknown.body()).contains("Besoin inconnu : Zzyzx", "id=\"addNeed-error\"");
    assertThat(records.recordedBy(me(), 5)).isEmpty();
  }

  @Test
  void listsWithGapsAreReadWithoutTheGaps() {
    client.get("/staff/contacts/nouveau");

    // indexed names leave nulls where an index is missing (found by FuzzIT: a 500)
    HttpResponse<String> saved =
        client.post(
            "/staff/contacts/nouveau",
            "action",
            "save",
            "started",
            "2026-01-05T10:00:00",
            "referrals[1]",
            UUID.randomUUID().toString(),
            "needs[2]",
            need.code());

    assertThat(saved.statusCode()).as(saved.body()).isIn(200, 303, 422);
  }

  @Test
  void theServicesIReferredLatelyAreOneClickAway() {
    List<UUID> services = directory.serviceIds().subList(0, 2);
    String older = name(services.get(0));
    String newer = name(services.get(1));
    record(services.get(0), 30);
    record(services.get(1), 10);

    String body = client.get("/staff/contacts/nouveau").body();

    assertThat(body).contains("Vos références récentes");
    int recent = body.indexOf("id=\"recent\"");
    assertThat(body.indexOf(newer, recent)).isGreaterThan(recent);
    assertThat(body.indexOf(newer, recent)).isLessThan(body.indexOf(older, recent));
    assertThat(body).contains("id=\"recent-0\" value=\"" + services.get(1) + "\"");
  }

  @Test
  void theChatConsoleOpensAPrefilledForm() {
    UUID service = directory.serviceIds().get(0);
    String path =
        "/staff/contacts/nouveau?channel=chat&started=2026-11-29T14:05:30Z"
            + "&ended=2026-11-29T14:21:00Z&place="
            + URLEncoder.encode("Montréal", StandardCharsets.UTF_8)
            + "&language=en&service="
            + service
            + "&service=not-a-uuid";

    HttpResponse<String> page = client.get(path);

    assertThat(page.statusCode()).isEqualTo(200);
    String body = page.body();
    assertThat(body)
        .containsPattern("<option value=\"chat\" selected")
        .contains("value=\"2026-11-29T09:05:30\"", "value=\"2026-11-29T09:21\"")
        .contains("value=\"Montréal\"")
        .containsPattern("<option value=\"en\" selected")
        .contains("name=\"referrals\" id=\"chosen-0\" value=\"" + service + "\"", name(service))
        .contains("Service introuvable dans le répertoire : not-a-uuid")
        .doesNotContain("id=\"call-timer\"");
    HttpResponse<String> badTime = client.get("/staff/contacts/nouveau?started=hier");
    assertThat(badTime.body()).contains("Heure reçue inutilisable", "hier");
  }

  private void record(UUID service, int minutesAgo) {
    Instant started = Instant.now().minus(minutesAgo, ChronoUnit.MINUTES);
    records.record(
        new NewContact(
            Channel.PHONE,
            started,
            started.plus(3, ChronoUnit.MINUTES),
            CallerType.SELF,
            "",
            "fr",
            AgeGroup.UNKNOWN,
            Outcome.REFERRED,
            false,
            List.of(new NeedAnswer(need.code(), null)),
            List.of(new Referral(service, null)),
            null,
            null,
            null),
        me());
  }

  /**
   * The service's name as the page writes it: escaped as Thymeleaf does, markup characters only
   * (HtmlUtils.htmlEscape also turns "é" into "&eacute;", so a name with an accent was not found
   * when another test's service came first by id).
   */
  private String name(UUID service) {
    return org.unbescape.html.HtmlEscape.escapeHtml4Xml(
        directory.service(service).orElseThrow().service().name().in(Lang.FR));
  }

  private CurrentUser me() {
    return new CurrentUser(
        specialist.id(), specialist.email(), "Test", Set.of(Role.SPECIALIST), List.of(), null);
  }
}
