package ca.repere.curation;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Organization;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.net.http.HttpResponse;
import java.util.Arrays;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Organization self-service and the curator's review, through the real pages. */
@RepereApplicationTest
class SelfServiceIT {

  @RegisterExtension
  static final GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP);

  @LocalServerPort int port;
  @Autowired Directory directory;
  @Autowired Accounts accounts;
  @Autowired SecondFactor secondFactor;
  @Autowired JdbcClient jdbc;
  CurationFixtures fixtures;

  @BeforeEach
  void fixtures() {
    fixtures = new CurationFixtures(directory, accounts, secondFactor);
  }

  @Test
  void anEditorsChangeWaitsForTheCuratorWhileThePublishedVersionStaysPublic() throws Exception {
    Organization org = fixtures.organization("Cuisine collective du Plateau", false);
    CompiledService service = fixtures.service(org, "Repas communautaires");
    AccountsFixtures.Staff editorAccount = fixtures.editorOf(org);
    StaffClient editor = fixtures.signIn(editorAccount, port);
    editor.get("/staff/organisme");
    ServiceDraft draft =
        CurationFixtures.withName(
            ServiceDraft.of(service), "Repas communautaires du jeudi", "Nouvelle description");

    HttpResponse<String> sent =
        editor.post(
            "/staff/organisme/services/" + service.service().id(), CurationFixtures.form(draft));

    assertThat(sent.statusCode()).isEqualTo(302);
    assertThat(editor.follow(sent).body())
        .contains("attend la révision")
        .contains("en attente de révision");
    assertThat(publicPage(service)).contains("Repas communautaires").doesNotContain("du jeudi");

    StaffClient curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
    curator.get("/staff/curation");
    UUID revision = pendingRevisionOf(service.service().id());
    String diff = curator.get("/staff/curation/revisions/" + revision).body();
    assertThat(diff)
        .contains("Repas communautaires du jeudi", "Description publiée", "Nouvelle description");

    HttpResponse<String> approved =
        curator.post("/staff/curation/revisions/" + revision + "/approuver", "comment", "Merci!");

    assertThat(approved.statusCode()).isEqualTo(302);
    assertThat(publicPage(service))
        .contains("Repas communautaires du jeudi", "Nouvelle description");
    assertThat(editor.get("/staff/organisme").body()).contains("approuvée");
    MimeMessage mail = mailTo(editorAccount.email());
    assertThat(mail.getSubject()).contains("publiée");
    assertThat(mail.getContent().toString()).contains("Repas communautaires du jeudi", "Merci!");
  }

  @Test
  void aRejectionNeedsAReasonWhichIsMailedToTheSubmitter() throws Exception {
    Organization org = fixtures.organization("Maison des jeunes Rosemont", false);
    CompiledService service = fixtures.service(org, "Halte-garderie");
    AccountsFixtures.Staff editorAccount = fixtures.editorOf(org);
    StaffClient editor = fixtures.signIn(editorAccount, port);
    editor.get("/staff/organisme");
    editor.post(
        "/staff/organisme/services/" + service.service().id(),
        CurationFixtures.form(CurationFixtures.withName(ServiceDraft.of(service), "Halte", null)));
    UUID revision = pendingRevisionOf(service.service().id());
    StaffClient curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
    curator.get("/staff/curation");

    String withoutReason =
        curator.post("/staff/curation/revisions/" + revision + "/rejeter", "comment", " ").body();
    assertThat(withoutReason).contains("motif du refus");
    assertThat(pendingRevisionOf(service.service().id())).isEqualTo(revision);

    curator.post(
        "/staff/curation/revisions/" + revision + "/rejeter", "comment", "Le nom est trop court.");

    assertThat(editor.get("/staff/organisme").body()).contains("refusée", "Le nom est trop court.");
    assertThat(publicPage(service)).contains("Halte-garderie");
    assertThat(mailTo(editorAccount.email()).getContent().toString())
        .contains("Le nom est trop court.");
  }

  @Test
  void aTrustedOrganizationsChangeIsPublishedAtOnce() {
    Organization org = fixtures.organization("Centre de confiance", true);
    CompiledService service = fixtures.service(org, "Dépannage alimentaire");
    StaffClient editor = fixtures.signIn(fixtures.editorOf(org), port);
    editor.get("/staff/organisme");

    editor.post(
        "/staff/organisme/services/" + service.service().id(),
        CurationFixtures.form(
            CurationFixtures.withName(
                ServiceDraft.of(service), "Dépannage alimentaire d'urgence", null)));

    assertThat(publicPage(service)).contains("Dépannage alimentaire d&#39;urgence");
    assertThat(directory.service(service.service().id()).orElseThrow().service().description().fr())
        .isNull();
  }

  @Test
  void anEditorNeverReadsNorChangesAnotherOrganizationsRecords() {
    Organization mine = fixtures.organization("Mon organisme", false);
    Organization theirs = fixtures.organization("Autre organisme", false);
    CompiledService other = fixtures.service(theirs, "Service des autres");
    directory.save(
        other.withService(
            new ca.repere.directory.CommunityService(
                other.service().id(),
                other.service().organizationId(),
                null,
                other.service().name(),
                other.service().alternateName(),
                other.service().description(),
                null,
                null,
                other.service().status(),
                other.service().interpretationServices(),
                other.service().applicationProcess(),
                other.service().feesDescription(),
                other.service().waitTime(),
                other.service().accreditations(),
                other.service().eligibilityDescription(),
                null,
                null,
                null,
                null,
                null,
                other.service().alert(),
                null,
                null,
                other.service().lifecycle(),
                "Note interne secrète",
                null,
                null,
                null,
                null,
                other.service().version())),
        "test");
    StaffClient editor = fixtures.signIn(fixtures.editorOf(mine), port);
    editor.get("/staff/organisme");
    String path = "/staff/organisme/services/" + other.service().id();

    HttpResponse<String> read = editor.get(path);
    HttpResponse<String> write =
        editor.post(
            path,
            CurationFixtures.form(
                CurationFixtures.withName(ServiceDraft.of(other), "Piraté", "Piraté")));

    assertThat(read.statusCode()).isEqualTo(403);
    assertThat(read.body()).doesNotContain("Note interne secrète", "Service des autres");
    assertThat(write.statusCode()).isEqualTo(403);
    assertThat(editor.get("/staff/organisme").body())
        .doesNotContain("Service des autres", "Piraté");
    assertThat(
            jdbc.sql("SELECT count(*) FROM curation.revision WHERE service_id = ?")
                .param(other.service().id())
                .query(Long.class)
                .single())
        .isZero();
    assertThat(editor.get("/staff/curation").statusCode()).isEqualTo(403);
  }

  @Test
  void aWrongHoursLineIsNamedWithItsLineAndNothingIsSaved() {
    Organization org = fixtures.organization("Entraide Verdun", false);
    CompiledService service = fixtures.service(org, "Friperie");
    StaffClient editor = fixtures.signIn(fixtures.editorOf(org), port);
    editor.get("/staff/organisme");

    String page =
        editor
            .post(
                "/staff/organisme/services/" + service.service().id(),
                CurationFixtures.form(
                    CurationFixtures.withHours(
                        ServiceDraft.of(service), "MO,TU 09:00-17:00\nlundi matin")))
            .body();

    assertThat(page).contains("Heures d&#39;ouverture", "ligne 2", "lundi matin");
    assertThat(
            jdbc.sql("SELECT count(*) FROM curation.revision WHERE service_id = ?")
                .param(service.service().id())
                .query(Long.class)
                .single())
        .isZero();
  }

  @Test
  void anEditorProposesATimeLimitedProjectThatACuratorApproves() {
    Organization org = fixtures.organization("Comité logement Centre-Sud", false);
    StaffClient editor = fixtures.signIn(fixtures.editorOf(org), port);
    editor.get("/staff/organisme");
    ServiceDraft project =
        new ServiceDraft(
            "Clinique d'impôts 2027",
            "Tax clinic 2027",
            "Aide à remplir les déclarations",
            null,
            "200 rue Ontario Est",
            "Montréal",
            "H2X 1H4",
            "514 555-0100",
            null,
            "MO,WE 13:00-16:00",
            "fr, en",
            null,
            "2027-03-01",
            "2027-04-30");

    editor.post("/staff/organisme/nouveau", CurationFixtures.form(project));

    UUID serviceId =
        jdbc.sql("SELECT service_id FROM curation.revision WHERE organization_id = ?")
            .param(org.id())
            .query(UUID.class)
            .single();
    assertThat(directory.service(serviceId)).isEmpty();
    StaffClient curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
    curator.get("/staff/curation");
    curator.post("/staff/curation/revisions/" + pendingRevisionOf(serviceId) + "/approuver");

    CompiledService created = directory.service(serviceId).orElseThrow();
    assertThat(created.service().isProject()).isTrue();
    assertThat(created.service().endDate()).hasToString("2027-04-30");
    assertThat(created.schedules()).hasSize(1);
    assertThat(created.languages()).extracting(l -> l.code()).containsExactly("fr", "en");
    assertThat(created.locations().get(0).physicalAddress().orElseThrow().city())
        .isEqualTo("Montréal");
  }

  @Test
  void aRepresentativeAsksForAccessAndTheCuratorRegistersTheirNewOrganization() throws Exception {
    String email = "representante-" + UUID.randomUUID() + "@test.example";
    String name = "Ressourcerie " + UUID.randomUUID().toString().substring(0, 8);
    PublicClient visitor = new PublicClient(port);
    String refused =
        visitor
            .submit("/organismes/acces", "/organismes/acces", 10, "organizationName", name)
            .body();
    assertThat(refused).contains("Votre courriel", "ce champ est obligatoire");

    visitor.submit(
        "/organismes/acces",
        "/organismes/acces",
        10,
        "organizationName",
        name,
        "description",
        "Réemploi d'objets",
        "city",
        "Sherbrooke",
        "requesterName",
        "Alice Tremblay",
        "requesterEmail",
        email,
        "requesterRole",
        "Directrice");

    UUID request =
        jdbc.sql("SELECT id FROM curation.access_request WHERE requester_email = ?")
            .param(email)
            .query(UUID.class)
            .single();
    StaffClient curator = fixtures.signIn(fixtures.staff.staff(Role.CURATOR), port);
    assertThat(curator.get("/staff/curation").body()).contains(name);
    assertThat(curator.get("/staff/curation/acces/" + request).body())
        .contains("Alice Tremblay", "Inscrire un nouvel organisme");

    curator.post("/staff/curation/acces/" + request + "/approuver", "organization", "new");

    var account = accounts.existing(email);
    assertThat(account.roles()).contains(Role.ORGANIZATION_EDITOR);
    Organization registered = directory.organization(account.organization()).orElseThrow();
    assertThat(registered.name().fr()).isEqualTo(name);
    assertThat(registered.privateContactEmail()).isEqualTo(email);
    assertThat(mailTo(email).getContent().toString()).contains("Alice Tremblay");
  }

  private String publicPage(CompiledService service) {
    return new StaffClient(port).get("/service/" + service.service().id()).body();
  }

  private UUID pendingRevisionOf(UUID serviceId) {
    return jdbc.sql("SELECT id FROM curation.revision WHERE service_id = ? AND status = 'pending'")
        .param(serviceId)
        .query(UUID.class)
        .single();
  }

  private MimeMessage mailTo(String email) throws Exception {
    for (int i = 0; i < 50; i++) {
      var found =
          Arrays.stream(smtp.getReceivedMessages())
              .filter(m -> recipient(m).equalsIgnoreCase(email))
              .reduce((a, b) -> b);
      if (found.isPresent()) {
        return found.get();
      }
      Thread.sleep(200);
    }
    throw new AssertionError("no mail to " + email);
  }

  private static String recipient(MimeMessage m) {
    try {
      return m.getAllRecipients()[0].toString();
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
