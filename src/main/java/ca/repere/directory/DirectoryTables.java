package ca.repere.directory;

/** The directory's tables and how each maps to its record. */
final class DirectoryTables {

  static final RowMapping<Organization> ORGANIZATION =
      new RowMapping<>(Organization.class, "organization");
  static final RowMapping<CommunityService> SERVICE =
      new RowMapping<>(CommunityService.class, "service");
  static final RowMapping<Location> LOCATION = new RowMapping<>(Location.class, "location");
  static final RowMapping<Address> ADDRESS = new RowMapping<>(Address.class, "address");
  static final RowMapping<ServiceAtLocation> SERVICE_AT_LOCATION =
      new RowMapping<>(ServiceAtLocation.class, "service_at_location");
  static final RowMapping<Phone> PHONE = new RowMapping<>(Phone.class, "phone");
  static final RowMapping<Schedule> SCHEDULE = new RowMapping<>(Schedule.class, "schedule");
  static final RowMapping<ServiceArea> SERVICE_AREA =
      new RowMapping<>(ServiceArea.class, "service_area");
  static final RowMapping<Language> LANGUAGE = new RowMapping<>(Language.class, "language");
  static final RowMapping<CostOption> COST_OPTION =
      new RowMapping<>(CostOption.class, "cost_option");
  static final RowMapping<Contact> CONTACT = new RowMapping<>(Contact.class, "contact");
  static final RowMapping<Funding> FUNDING = new RowMapping<>(Funding.class, "funding");
  static final RowMapping<Accessibility> ACCESSIBILITY =
      new RowMapping<>(Accessibility.class, "accessibility");
  static final RowMapping<RequiredDocument> REQUIRED_DOCUMENT =
      new RowMapping<>(RequiredDocument.class, "required_document");
  static final RowMapping<Program> PROGRAM = new RowMapping<>(Program.class, "program");
  static final RowMapping<Taxonomy> TAXONOMY = new RowMapping<>(Taxonomy.class, "taxonomy");
  static final RowMapping<TaxonomyTerm> TAXONOMY_TERM =
      new RowMapping<>(TaxonomyTerm.class, "taxonomy_term");
  static final RowMapping<Attribute> ATTRIBUTE = new RowMapping<>(Attribute.class, "attribute");
  static final RowMapping<OrganizationIdentifier> ORGANIZATION_IDENTIFIER =
      new RowMapping<>(OrganizationIdentifier.class, "organization_identifier");

  private DirectoryTables() {}
}
