package ca.repere.directory;

import java.time.LocalDate;
import java.util.List;

/**
 * A service with everything a person needs to use it, as HSDS's compiled service: its organization,
 * where it is offered, phones, hours, areas served, languages, costs, documents and categories.
 */
public record CompiledService(
    CommunityService service,
    Organization organization,
    Program program,
    List<Located> locations,
    List<Phone> phones,
    List<Schedule> schedules,
    List<ServiceArea> serviceAreas,
    List<Language> languages,
    List<CostOption> costOptions,
    List<RequiredDocument> requiredDocuments,
    List<Funding> funding,
    List<Contact> contacts,
    List<TaxonomyTerm> categories) {

  public CompiledService {
    locations = List.copyOf(locations);
    phones = List.copyOf(phones);
    schedules = List.copyOf(schedules);
    serviceAreas = List.copyOf(serviceAreas);
    languages = List.copyOf(languages);
    costOptions = List.copyOf(costOptions);
    requiredDocuments = List.copyOf(requiredDocuments);
    funding = List.copyOf(funding);
    contacts = List.copyOf(contacts);
    categories = List.copyOf(categories);
  }

  public static CompiledService of(CommunityService service, Organization organization) {
    return new CompiledService(
        service,
        organization,
        null,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  /** Published, active, within its dates, and its organization published too. */
  public boolean isPublicOn(LocalDate day) {
    return service.isPublicOn(day) && organization.isPublished();
  }

  /**
   * What the public may see: staff-only data removed (internal notes, private contact, intake
   * lines, confidential addresses and points). Every public path (site, HSDS API, exports, lists,
   * index) goes through this.
   */
  public CompiledService publicView() {
    return new CompiledService(
        service.withoutInternalNote(),
        organization.publicView(),
        program,
        locations.stream()
            .filter(l -> l.location().lifecycle() != Lifecycle.WITHDRAWN)
            .map(Located::publicView)
            .toList(),
        phones.stream().filter(p -> !p.staffOnly()).toList(),
        schedules,
        serviceAreas,
        languages,
        costOptions,
        requiredDocuments,
        funding,
        contacts,
        categories);
  }

  public CompiledService withService(CommunityService value) {
    return new CompiledService(
        value,
        organization,
        program,
        locations,
        phones,
        schedules,
        serviceAreas,
        languages,
        costOptions,
        requiredDocuments,
        funding,
        contacts,
        categories);
  }

  public CompiledService withLocations(List<Located> value) {
    return new CompiledService(
        service,
        organization,
        program,
        value,
        phones,
        schedules,
        serviceAreas,
        languages,
        costOptions,
        requiredDocuments,
        funding,
        contacts,
        categories);
  }

  public CompiledService withDetails(
      List<Phone> phones,
      List<Schedule> schedules,
      List<ServiceArea> serviceAreas,
      List<Language> languages,
      List<CostOption> costOptions,
      List<RequiredDocument> requiredDocuments,
      List<TaxonomyTerm> categories) {
    return new CompiledService(
        service,
        organization,
        program,
        locations,
        phones,
        schedules,
        serviceAreas,
        languages,
        costOptions,
        requiredDocuments,
        funding,
        contacts,
        categories);
  }

  public CompiledService withFundingAndContacts(List<Funding> funding, List<Contact> contacts) {
    return new CompiledService(
        service,
        organization,
        program,
        locations,
        phones,
        schedules,
        serviceAreas,
        languages,
        costOptions,
        requiredDocuments,
        funding,
        contacts,
        categories);
  }
}
