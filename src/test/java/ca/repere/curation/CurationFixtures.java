package ca.repere.curation;

import ca.repere.accounts.AccountsFixtures;
import ca.repere.accounts.Role;
import ca.repere.accounts.StaffClient;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.directory.Address;
import ca.repere.directory.CommunityService;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Located;
import ca.repere.directory.Location;
import ca.repere.directory.Organization;
import ca.repere.directory.ServiceAtLocation;
import ca.repere.shared.GeoPoint;
import ca.repere.shared.LocalizedText;
import java.util.List;
import java.util.UUID;

/** Organizations, services and signed-in editors and curators for the curation tests. */
class CurationFixtures {

  final Directory directory;
  final Accounts accounts;
  final AccountsFixtures staff;

  CurationFixtures(Directory directory, Accounts accounts, SecondFactor secondFactor) {
    this.directory = directory;
    this.accounts = accounts;
    this.staff = new AccountsFixtures(accounts, secondFactor);
  }

  Organization organization(String name, boolean trusted) {
    UUID id = UUID.randomUUID();
    Organization o =
        Organization.named(id, LocalizedText.of(name, name + " EN")).toBuilder()
            .trusted(trusted)
            .privateContactName("Personne Contact")
            .privateContactEmail("verif-" + id + "@test.example")
            .build();
    return directory.save(o, "test");
  }

  /** A published service with one place in Montréal. */
  CompiledService service(Organization organization, String nameFr) {
    UUID id = UUID.randomUUID();
    UUID locationId = UUID.randomUUID();
    CommunityService service =
        CommunityService.named(id, organization.id(), LocalizedText.of(nameFr, nameFr + " (EN)"))
            .withDescription(LocalizedText.of("Description publiée", "Published description"));
    Location location =
        Location.physical(locationId, organization.id(), new GeoPoint(45.51, -73.57));
    Located place =
        new Located(
            new ServiceAtLocation(UUID.randomUUID(), id, locationId, LocalizedText.EMPTY),
            location,
            List.of(
                new Address(
                    UUID.randomUUID(),
                    locationId,
                    null,
                    "100 rue Principale",
                    null,
                    "Montréal",
                    null,
                    "QC",
                    "H2X 1Y4",
                    "CA",
                    "physical")),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    return directory.save(
        CompiledService.of(service, organization).withLocations(List.of(place)), "test");
  }

  AccountsFixtures.Staff editorOf(Organization organization) {
    AccountsFixtures.Staff editor = staff.staff(Role.ORGANIZATION_EDITOR);
    accounts.makeOrganizationEditor(editor.id(), organization.id());
    return editor;
  }

  StaffClient signIn(AccountsFixtures.Staff who, int port) {
    return staff.signIn(who, port);
  }

  /** The form fields of a draft, as a browser posts them. */
  static String[] form(ServiceDraft d) {
    List<String> fields = new java.util.ArrayList<>();
    d.values()
        .forEach(
            (k, v) -> {
              fields.add(k);
              fields.add(v == null ? "" : v);
            });
    return fields.toArray(String[]::new);
  }

  static ServiceDraft withName(ServiceDraft d, String nameFr, String descriptionFr) {
    return new ServiceDraft(
        nameFr,
        d.nameEn(),
        descriptionFr,
        d.descriptionEn(),
        d.address(),
        d.city(),
        d.postalCode(),
        d.phones(),
        d.staffPhones(),
        d.hours(),
        d.languages(),
        d.internalNote(),
        d.startDate(),
        d.endDate());
  }

  static ServiceDraft withHours(ServiceDraft d, String hours) {
    return new ServiceDraft(
        d.nameFr(),
        d.nameEn(),
        d.descriptionFr(),
        d.descriptionEn(),
        d.address(),
        d.city(),
        d.postalCode(),
        d.phones(),
        d.staffPhones(),
        hours,
        d.languages(),
        d.internalNote(),
        d.startDate(),
        d.endDate());
  }
}
