package ca.repere.site.web;

import ca.repere.directory.Address;
import ca.repere.directory.CommunityService;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.Language;
import ca.repere.directory.Lifecycle;
import ca.repere.directory.Located;
import ca.repere.directory.Location;
import ca.repere.directory.Organization;
import ca.repere.directory.Phone;
import ca.repere.directory.RequiredDocument;
import ca.repere.directory.Schedule;
import ca.repere.directory.ServiceArea;
import ca.repere.directory.ServiceAtLocation;
import ca.repere.shared.LocalizedText;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Services saved through the directory for the site's tests. */
final class SiteFixtures {

  private SiteFixtures() {}

  static Organization organization(Directory directory, String fr, String en) {
    return directory.save(Organization.named(UUID.randomUUID(), LocalizedText.of(fr, en)), "test");
  }

  /**
   * A food-aid service at a street address, its description only in French, with a phone, weekday
   * hours, a document to bring and two languages.
   */
  static CompiledService foodBank(Directory directory, String nameFr, String nameEn) {
    Organization org = organization(directory, "Moisson Test " + nameFr, "Test Harvest " + nameEn);
    UUID id = UUID.randomUUID();
    UUID locationId = UUID.randomUUID();
    CommunityService service =
        CommunityService.named(id, org.id(), LocalizedText.of(nameFr, nameEn))
            .withDescription(LocalizedText.fr("Paniers d'épicerie pour les familles du quartier"));
    Location location =
        location(locationId, org.id(), false, LocalizedText.of("Comptoir", "Counter"));
    Located located =
        new Located(
            new ServiceAtLocation(UUID.randomUUID(), id, locationId, LocalizedText.EMPTY),
            location,
            List.of(
                new Address(
                    UUID.randomUUID(),
                    locationId,
                    null,
                    "12, boulevard Sainte-Anne Ouest",
                    null,
                    "Sainte-Anne-des-Monts",
                    null,
                    "QC",
                    "G4V 1P3",
                    "CA",
                    "physical")),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    CompiledService compiled =
        CompiledService.of(service, org)
            .withLocations(List.of(located))
            .withDetails(
                List.of(phone(id, "418 555-0100", false)),
                List.of(
                    Schedule.weekly(
                        UUID.randomUUID(),
                        id,
                        null,
                        "MO,TU,WE,TH,FR",
                        LocalTime.of(9, 0),
                        LocalTime.of(17, 0))),
                List.of(),
                List.of(
                    new Language(UUID.randomUUID(), id, null, null, "français", "fr", null),
                    new Language(UUID.randomUUID(), id, null, null, "English", "en", null)),
                List.of(),
                List.of(
                    new RequiredDocument(
                        UUID.randomUUID(),
                        id,
                        LocalizedText.of("Preuve de résidence", "Proof of address"),
                        null)),
                List.of());
    return directory.save(compiled, "test");
  }

  /** A shelter whose location is confidential: it has an address and a point staff can see. */
  static CompiledService confidentialShelter(Directory directory) {
    return confidentialShelter(directory, "Hébergement d'urgence test", "Test emergency shelter");
  }

  /** The same, named so (a unique name keeps it on the first page of its search). */
  static CompiledService confidentialShelter(Directory directory, String nameFr, String nameEn) {
    Organization org = organization(directory, "Maison refuge test", "Test shelter house");
    UUID id = UUID.randomUUID();
    UUID locationId = UUID.randomUUID();
    CommunityService service =
        CommunityService.named(id, org.id(), LocalizedText.of(nameFr, nameEn));
    Located located =
        new Located(
            new ServiceAtLocation(UUID.randomUUID(), id, locationId, LocalizedText.EMPTY),
            location(locationId, org.id(), true, LocalizedText.EMPTY),
            List.of(
                new Address(
                    UUID.randomUUID(),
                    locationId,
                    null,
                    "99, rue Secrète",
                    null,
                    "Gaspé",
                    null,
                    "QC",
                    "G4X 9Z9",
                    "CA",
                    "physical")),
            List.of(),
            List.of(),
            List.of(),
            List.of());
    CompiledService compiled =
        CompiledService.of(service, org)
            .withLocations(List.of(located))
            .withDetails(
                List.of(phone(id, "418 555-0111", false), phone(id, "418 555-0999", true)),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    return directory.save(compiled, "test");
  }

  /** A help line without location that serves all of Québec, around the clock. */
  static CompiledService provinceWideLine(Directory directory, String nameFr, String nameEn) {
    Organization org = organization(directory, "Ligne test " + nameFr, "Test line " + nameEn);
    UUID id = UUID.randomUUID();
    CommunityService service =
        CommunityService.named(id, org.id(), LocalizedText.of(nameFr, nameEn));
    CompiledService compiled =
        CompiledService.of(service, org)
            .withDetails(
                List.of(phone(id, "1 866 555-0142", false)),
                List.of(
                    Schedule.weekly(
                        UUID.randomUUID(),
                        id,
                        null,
                        "MO,TU,WE,TH,FR,SA,SU",
                        LocalTime.MIDNIGHT,
                        LocalTime.MIDNIGHT)),
                List.of(
                    new ServiceArea(
                        UUID.randomUUID(),
                        id,
                        null,
                        "Québec",
                        LocalizedText.EMPTY,
                        null,
                        null,
                        null,
                        "qc")),
                List.of(),
                List.of(),
                List.of(),
                List.of());
    return directory.save(compiled, "test");
  }

  static CompiledService withdrawn(Directory directory, CompiledService compiled) {
    directory.withdraw(compiled.service().id(), "test");
    return directory.service(compiled.service().id()).orElseThrow();
  }

  static Location location(UUID id, UUID orgId, boolean confidential, LocalizedText name) {
    return new Location(
        id,
        "physical",
        null,
        orgId,
        name,
        LocalizedText.EMPTY,
        LocalizedText.EMPTY,
        LocalizedText.EMPTY,
        confidential ? 48.8333 : 49.1305,
        confidential ? -64.4833 : -66.4872,
        null,
        null,
        confidential,
        null,
        Lifecycle.PUBLISHED,
        null,
        null,
        null,
        null,
        null,
        0);
  }

  static Phone phone(UUID serviceId, String number, boolean staffOnly) {
    return new Phone(
        UUID.randomUUID(),
        null,
        serviceId,
        null,
        null,
        null,
        number,
        null,
        "voice",
        LocalizedText.EMPTY,
        staffOnly,
        0);
  }
}
