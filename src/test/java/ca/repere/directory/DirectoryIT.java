package ca.repere.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ca.repere.RepereApplicationTest;
import ca.repere.shared.LocalizedText;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

@RepereApplicationTest
class DirectoryIT {

  @Autowired Directory directory;
  @Autowired ChangeLog changeLog;

  @Test
  void aFullyPopulatedServiceInBothLanguagesSurvivesARoundTrip() {
    Organization organization = directory.save(DirectoryFixtures.organization(), "test");
    CompiledService saved = directory.save(DirectoryFixtures.fullService(organization), "test");

    CompiledService loaded = directory.service(saved.service().id()).orElseThrow();

    assertThat(loaded.service())
        .usingRecursiveComparison()
        .ignoringFields("createdAt", "updatedAt")
        .isEqualTo(saved.service());
    assertThat(loaded.organization().name()).isEqualTo(organization.name());
    assertThat(loaded.phones()).containsExactlyElementsOf(saved.phones());
    assertThat(loaded.schedules()).containsExactlyElementsOf(saved.schedules());
    assertThat(loaded.serviceAreas()).containsExactlyElementsOf(saved.serviceAreas());
    assertThat(loaded.languages()).containsExactlyInAnyOrderElementsOf(saved.languages());
    assertThat(loaded.costOptions()).containsExactlyElementsOf(saved.costOptions());
    assertThat(loaded.requiredDocuments()).containsExactlyElementsOf(saved.requiredDocuments());
    assertThat(loaded.funding()).containsExactlyElementsOf(saved.funding());
    assertThat(loaded.contacts()).containsExactlyElementsOf(saved.contacts());
    Located located = loaded.locations().get(0);
    Located expected = saved.locations().get(0);
    assertThat(located.location())
        .usingRecursiveComparison()
        .ignoringFields("createdAt", "updatedAt")
        .isEqualTo(expected.location());
    assertThat(located.addresses()).containsExactlyElementsOf(expected.addresses());
    assertThat(located.phones()).containsExactlyElementsOf(expected.phones());
    assertThat(located.schedules()).containsExactlyElementsOf(expected.schedules());
    assertThat(located.accessibility()).containsExactlyElementsOf(expected.accessibility());
    assertThat(loaded.service().description().en()).isEqualTo("Grocery baskets for families");
    assertThat(loaded.service().description().fr())
        .isEqualTo("Paniers d'épicerie pour les familles");
  }

  @Test
  void thePublicViewHoldsNoStaffOnlyData() {
    Organization organization = directory.save(DirectoryFixtures.organization(), "test");
    CompiledService saved = directory.save(DirectoryFixtures.fullService(organization), "test");

    CompiledService publicView = directory.service(saved.service().id()).orElseThrow().publicView();

    assertThat(publicView.service().internalNote()).isNull();
    assertThat(publicView.organization().privateContactEmail()).isNull();
    assertThat(publicView.organization().internalNote()).isNull();
    assertThat(publicView.phones()).extracting(Phone::number).containsExactly("418 555-0101");
    assertThat(publicView.locations().get(0).location().internalNote()).isNull();
  }

  @Test
  void aConfidentialLocationShowsNeitherAddressNorPointInPublic() {
    Organization organization = directory.save(DirectoryFixtures.organization(), "test");
    CompiledService service = DirectoryFixtures.fullService(organization);
    Located located = service.locations().get(0);
    Location l = located.location();
    Location confidential =
        l.toBuilder()
            .externalIdentifier(null)
            .externalIdentifierType(null)
            .confidential(true)
            .internalNote(null)
            .lastVerifiedAt(null)
            .lastVerifiedBy(null)
            .createdAt(null)
            .updatedAt(null)
            .version(0)
            .build();
    CompiledService saved =
        directory.save(
            service.withLocations(
                List.of(
                    new Located(
                        located.serviceAtLocation(),
                        confidential,
                        located.addresses(),
                        located.phones(),
                        located.schedules(),
                        located.accessibility(),
                        located.languages()))),
            "test");

    Located shown =
        directory.service(saved.service().id()).orElseThrow().publicView().locations().get(0);

    assertThat(shown.addresses()).isEmpty();
    assertThat(shown.location().point()).isNull();
    assertThat(shown.phones()).isNotEmpty();
  }

  @Test
  void everyUpdateIsRecordedInTheHistoryWithWhoAndBeforeAfter() {
    Organization organization = directory.save(DirectoryFixtures.organization(), "creator");
    CompiledService saved = directory.save(DirectoryFixtures.fullService(organization), "creator");

    directory.save(
        saved.withService(
            saved
                .service()
                .withDescription(LocalizedText.of("Paniers et repas", "Baskets and meals"))
                .withInternalNote("Nouvelle note confidentielle")),
        "curator@repere");

    List<History.Entry> history = directory.history(saved.service().id());
    assertThat(history)
        .filteredOn(e -> e.field().equals("description_en") && e.action().equals("update"))
        .singleElement()
        .satisfies(
            e -> {
              assertThat(e.before()).isEqualTo("Grocery baskets for families");
              assertThat(e.after()).isEqualTo("Baskets and meals");
              assertThat(e.by()).isEqualTo("curator@repere");
              assertThat(e.action()).isEqualTo("update");
            });
    assertThat(history)
        .filteredOn(e -> e.field().equals("internal_note") && e.action().equals("update"))
        .singleElement()
        .satisfies(e -> assertThat(e.after()).isEqualTo(History.MASK));
  }

  @Test
  void anEditBasedOnAnOldVersionIsRefused() {
    Organization organization = directory.save(DirectoryFixtures.organization(), "test");
    CompiledService first = directory.save(DirectoryFixtures.fullService(organization), "a");
    directory.save(first, "a");

    assertThatThrownBy(() -> directory.save(first, "b")).isInstanceOf(StaleRecordException.class);
  }

  @Test
  void everyCommittedChangeAppendsToTheChangeLogInOrder() {
    long before = changeLog.last();
    Organization organization = directory.save(DirectoryFixtures.organization(), "test");
    CompiledService saved = directory.save(DirectoryFixtures.fullService(organization), "test");
    directory.withdraw(saved.service().id(), "test");

    List<ChangeLog.Change> changes = changeLog.after(before, 100);

    assertThat(changes)
        .extracting(ChangeLog.Change::kind)
        .containsExactly(
            ChangeLog.Kind.ORGANIZATION, ChangeLog.Kind.SERVICE, ChangeLog.Kind.SERVICE);
    assertThat(changes.get(2).recordId()).isEqualTo(saved.service().id());
    assertThat(directory.service(saved.service().id()).orElseThrow().service().lifecycle())
        .isEqualTo(Lifecycle.WITHDRAWN);
  }

  @Test
  void verifyingIsRecordedApartFromUpdating() {
    Organization organization = directory.save(DirectoryFixtures.organization(), "test");
    CompiledService saved = directory.save(DirectoryFixtures.fullService(organization), "test");

    directory.markVerified(saved.service().id(), "verifier@repere");

    CommunityService verified = directory.service(saved.service().id()).orElseThrow().service();
    assertThat(verified.lastVerifiedAt()).isNotNull();
    assertThat(verified.lastVerifiedBy()).isEqualTo("verifier@repere");
    assertThat(verified.updatedAt()).isEqualTo(saved.service().updatedAt());
  }
}
