package ca.repere.directory;

import ca.repere.shared.GeoPoint;
import ca.repere.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Builders of directory records for tests. */
final class DirectoryFixtures {

  private DirectoryFixtures() {}

  static LocalizedText both(String fr, String en) {
    return LocalizedText.of(fr, en);
  }

  static Organization organization() {
    UUID id = UUID.randomUUID();
    return Organization.named(id, both("Moisson Haute-Gaspésie", "Haute-Gaspésie Food Harvest"))
        .toBuilder()
        .alternateName(both("Moisson HG", "HG Harvest"))
        .description(both("Banque alimentaire régionale", "Regional food bank"))
        .email("info@moisson-hg.example")
        .website("https://moisson-hg.example")
        .taxStatus("OBNL")
        .taxId("1234567890")
        .yearIncorporated(1987)
        .legalStatus("Organisme à but non lucratif")
        .internalNote("Directrice absente en juillet")
        .privateContactName("Marie Tremblay")
        .privateContactEmail("marie@moisson-hg.example")
        .privateContactPhone("418 555-0199")
        .build();
  }

  /** A service filled in every field, in both languages, at one location. */
  static CompiledService fullService(Organization organization) {
    UUID id = UUID.randomUUID();
    UUID locationId = UUID.randomUUID();
    UUID salId = UUID.randomUUID();
    CommunityService service =
        CommunityService.named(
                id, organization.id(), both("Dépannage alimentaire", "Emergency food"))
            .toBuilder()
            .alternateName(both("Paniers", "Food baskets"))
            .description(
                both("Paniers d'épicerie pour les familles", "Grocery baskets for families"))
            .url("https://moisson-hg.example/depannage")
            .email("depannage@moisson-hg.example")
            .interpretationServices(both("Interprètes sur demande", "Interpreters on request"))
            .applicationProcess(both("Appelez pour un rendez-vous", "Call for an appointment"))
            .feesDescription(both("Gratuit", "Free"))
            .waitTime(both("Une semaine", "One week"))
            .accreditations(
                both(
                    "Agréé par Banques alimentaires du Québec",
                    "Accredited by Food Banks of Québec"))
            .eligibilityDescription(
                both("Résidents de la MRC à faible revenu", "Low-income residents of the MRC"))
            .minimumAge(18)
            .assuredDate(LocalDate.of(2026, 1, 15))
            .assurerEmail("verif@repere.example")
            .licenses("Permis 42")
            .alert(both("Fermé le 24 juin", "Closed on June 24"))
            .internalNote("Le frigo est brisé")
            .build();
    Location location =
        Location.physical(locationId, organization.id(), new GeoPoint(49.1305, -66.4872))
            .toBuilder()
            .name(both("Entrepôt", "Warehouse"))
            .alternateName(both("Dépôt", "Depot"))
            .description(both("Entrée à l'arrière", "Entrance at the back"))
            .transportation(both("Autobus 12", "Bus 12"))
            .municipalityCode("04037")
            .internalNote("Clé chez le voisin")
            .build();
    Address address =
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
            "physical");
    Located located =
        new Located(
            new ServiceAtLocation(salId, id, locationId, both("Au comptoir", "At the counter")),
            location,
            List.of(address),
            List.of(
                new Phone(
                    UUID.randomUUID(),
                    locationId,
                    null,
                    null,
                    null,
                    null,
                    "418 555-0100",
                    null,
                    "voice",
                    both("Accueil", "Reception"),
                    false,
                    0)),
            List.of(
                Schedule.weekly(
                    UUID.randomUUID(),
                    null,
                    locationId,
                    "MO,TU,WE,TH,FR",
                    LocalTime.of(9, 0),
                    LocalTime.of(17, 0))),
            List.of(
                new Accessibility(
                    UUID.randomUUID(),
                    locationId,
                    both("Accès en fauteuil roulant", "Wheelchair access"),
                    both("Rampe", "Ramp"),
                    null)),
            List.of());
    return CompiledService.of(service, organization)
        .withLocations(List.of(located))
        .withDetails(
            List.of(
                new Phone(
                    UUID.randomUUID(),
                    null,
                    id,
                    null,
                    null,
                    null,
                    "418 555-0101",
                    "2",
                    "voice",
                    both("Ligne publique", "Public line"),
                    false,
                    0),
                new Phone(
                    UUID.randomUUID(),
                    null,
                    id,
                    null,
                    null,
                    null,
                    "418 555-0102",
                    null,
                    "voice",
                    both("Intervenants", "Professionals"),
                    true,
                    1)),
            List.of(
                Schedule.weekly(
                    UUID.randomUUID(), id, null, "WE", LocalTime.of(13, 0), LocalTime.of(16, 0))),
            List.of(
                new ServiceArea(
                    UUID.randomUUID(),
                    id,
                    null,
                    "MRC de La Haute-Gaspésie",
                    both("Toute la MRC", "The whole MRC"),
                    null,
                    null,
                    null,
                    "mrc:040")),
            List.of(
                new Language(UUID.randomUUID(), id, null, null, "Français", "fr", null),
                new Language(UUID.randomUUID(), id, null, null, "English", "en", null)),
            List.of(
                new CostOption(
                    UUID.randomUUID(),
                    id,
                    null,
                    null,
                    both("Gratuit", "Free"),
                    "CAD",
                    BigDecimal.ZERO,
                    both("Aucun frais", "No fee"))),
            List.of(
                new RequiredDocument(
                    UUID.randomUUID(),
                    id,
                    both("Preuve de résidence", "Proof of residence"),
                    null)),
            List.of())
        .withFundingAndContacts(
            List.of(new Funding(UUID.randomUUID(), null, id, both("Centraide", "United Way"))),
            List.of(
                new Contact(
                    UUID.randomUUID(),
                    null,
                    id,
                    null,
                    null,
                    "Luc Pelletier",
                    both("Coordonnateur", "Coordinator"),
                    null,
                    "luc@moisson-hg.example")));
  }
}
