package ca.repere.directory;

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
    return new Organization(
        id,
        both("Moisson Haute-Gaspésie", "Haute-Gaspésie Food Harvest"),
        both("Moisson HG", "HG Harvest"),
        both("Banque alimentaire régionale", "Regional food bank"),
        "info@moisson-hg.example",
        "https://moisson-hg.example",
        "OBNL",
        "1234567890",
        1987,
        "Organisme à but non lucratif",
        null,
        null,
        null,
        Lifecycle.PUBLISHED,
        false,
        "Directrice absente en juillet",
        "Marie Tremblay",
        "marie@moisson-hg.example",
        "418 555-0199",
        null,
        null,
        null,
        null,
        0);
  }

  /** A service filled in every field, in both languages, at one location. */
  static CompiledService fullService(Organization organization) {
    UUID id = UUID.randomUUID();
    UUID locationId = UUID.randomUUID();
    UUID salId = UUID.randomUUID();
    CommunityService service =
        new CommunityService(
            id,
            organization.id(),
            null,
            both("Dépannage alimentaire", "Emergency food"),
            both("Paniers", "Food baskets"),
            both("Paniers d'épicerie pour les familles", "Grocery baskets for families"),
            "https://moisson-hg.example/depannage",
            "depannage@moisson-hg.example",
            ServiceStatus.ACTIVE,
            both("Interprètes sur demande", "Interpreters on request"),
            both("Appelez pour un rendez-vous", "Call for an appointment"),
            both("Gratuit", "Free"),
            both("Une semaine", "One week"),
            both("Agréé par Banques alimentaires du Québec", "Accredited by Food Banks of Québec"),
            both("Résidents de la MRC à faible revenu", "Low-income residents of the MRC"),
            18,
            null,
            LocalDate.of(2026, 1, 15),
            "verif@repere.example",
            "Permis 42",
            both("Fermé le 24 juin", "Closed on June 24"),
            null,
            null,
            Lifecycle.PUBLISHED,
            "Le frigo est brisé",
            null,
            null,
            null,
            null,
            0);
    Location location =
        new Location(
            locationId,
            "physical",
            null,
            organization.id(),
            both("Entrepôt", "Warehouse"),
            both("Dépôt", "Depot"),
            both("Entrée à l'arrière", "Entrance at the back"),
            both("Autobus 12", "Bus 12"),
            49.1305,
            -66.4872,
            null,
            null,
            false,
            "04037",
            Lifecycle.PUBLISHED,
            "Clé chez le voisin",
            null,
            null,
            null,
            null,
            0);
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
