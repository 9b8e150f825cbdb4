package ca.repere.hsds.mapping;

import ca.repere.directory.Accessibility;
import ca.repere.directory.Address;
import ca.repere.directory.CommunityService;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Contact;
import ca.repere.directory.CostOption;
import ca.repere.directory.Funding;
import ca.repere.directory.Language;
import ca.repere.directory.Lifecycle;
import ca.repere.directory.Located;
import ca.repere.directory.Location;
import ca.repere.directory.Organization;
import ca.repere.directory.Phone;
import ca.repere.directory.Program;
import ca.repere.directory.RequiredDocument;
import ca.repere.directory.Schedule;
import ca.repere.directory.ServiceArea;
import ca.repere.directory.ServiceAtLocation;
import ca.repere.directory.ServiceStatus;
import ca.repere.directory.Taxonomy;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.shared.GeoPoint;
import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;
import tools.jackson.databind.JsonNode;

/**
 * Reads one HSDS 3.0 compiled service into Repère's records. Every value it cannot use is reported
 * with its JSON pointer; what HSDS allows but Repère does not keep (metadata, attributes other than
 * taxonomy terms, contacts and phones nested under a service-at-location) is left out, as
 * docs/hsds.md says.
 */
public final class FromHsds {

  /** Where problems go: a JSON pointer, a message key of messages/hsds and its arguments. */
  public interface Problems {
    void at(String pointer, String key, Object... args);
  }

  /** The longest text accepted in one field: a description of a few pages, not a dump. */
  public static final int MAX_TEXT = 20_000;

  /**
   * Extension property ({@code true}) of an organization a legacy package names without describing
   * it: a new one is imported as a draft, not public until a curator completes it.
   */
  public static final String DRAFT = "repere_draft";

  private static final Set<String> PHONE_TYPES =
      Set.of("text", "voice", "fax", "cell", "video", "pager", "textphone");
  private static final Set<String> LOCATION_TYPES = Set.of("physical", "postal", "virtual");
  private static final Set<String> FREQUENCIES = Set.of("WEEKLY", "MONTHLY");

  private final Lang lang;
  private final Problems problems;
  private final ChildIds ids;
  private final Function<String, Optional<String>> territoryOf;

  private final Function<String, Optional<GeoPoint>> placeOf;

  public FromHsds(
      Lang lang, Problems problems, ChildIds ids, Function<String, Optional<String>> territoryOf) {
    this(lang, problems, ids, territoryOf, place -> Optional.empty());
  }

  /**
   * @param placeOf where a Québec postal code or municipality name lies, for locations that come
   *     without coordinates
   */
  public FromHsds(
      Lang lang,
      Problems problems,
      ChildIds ids,
      Function<String, Optional<String>> territoryOf,
      Function<String, Optional<GeoPoint>> placeOf) {
    this.lang = lang;
    this.problems = problems;
    this.ids = ids;
    this.territoryOf = territoryOf;
    this.placeOf = placeOf;
  }

  /**
   * Reads a service; {@code at} is the pointer of the service in its file ("" or "/services/3").
   */
  public ParsedService service(JsonNode node, String at) {
    checkTextLengths(node, at);
    List<ParsedService.Reference> references = new ArrayList<>();
    UUID id = uuid(node, "id", at);
    JsonNode orgNode = node.path("organization");
    Organization organization =
        orgNode.isObject() ? organization(orgNode, at + "/organization") : null;
    UUID organizationId =
        organization != null ? organization.id() : uuid(node, "organization_id", at);
    if (organization == null && organizationId == null) {
      problems.at(at + "/organization_id", "hsds.import.error.no-organization");
    } else if (organization == null) {
      references.add(
          new ParsedService.Reference("organization", organizationId, at + "/organization_id"));
    }
    JsonNode programNode = node.path("program");
    Program program =
        programNode.isObject() && organizationId != null
            ? program(programNode, organizationId, at + "/program")
            : null;
    UUID programId = program != null ? program.id() : uuid(node, "program_id", at);
    if (program == null && programId != null) {
      references.add(new ParsedService.Reference("program", programId, at + "/program_id"));
    }
    CommunityService service =
        new CommunityService(
            id,
            organizationId,
            programId,
            Bilingual.read(node, "name", lang),
            Bilingual.read(node, "alternate_name", lang),
            Bilingual.read(node, "description", lang),
            Json.text(node, "url"),
            Json.text(node, "email"),
            status(node, at),
            Bilingual.read(node, "interpretation_services", lang),
            Bilingual.read(node, "application_process", lang),
            Bilingual.read(node, "fees_description", lang),
            Bilingual.read(node, "wait_time", lang),
            Bilingual.read(node, "accreditations", lang),
            Bilingual.read(node, "eligibility_description", lang),
            integer(node, "minimum_age", at),
            integer(node, "maximum_age", at),
            date(node, "assured_date", at),
            Json.text(node, "assurer_email"),
            Json.text(node, "licenses"),
            Bilingual.read(node, "alert", lang),
            date(node, "repere_start_date", at),
            date(node, "repere_end_date", at),
            Lifecycle.PUBLISHED,
            null,
            null,
            null,
            null,
            null,
            0);
    if (service.name().isEmpty()) {
      problems.at(at + "/name", "hsds.import.error.empty");
    }
    List<String> unresolved = new ArrayList<>();
    Map<UUID, Taxonomy> taxonomies = new LinkedHashMap<>();
    List<TaxonomyTerm> terms = new ArrayList<>();
    List<TaxonomyTerm> categories = categories(node, at, taxonomies, terms, references);
    CompiledService compiled =
        new CompiledService(
            service,
            organization,
            program,
            located(node, id, organizationId, at, references),
            phones(node.path("phones"), id, null, at + "/phones"),
            schedules(node.path("schedules"), id, null, at + "/schedules"),
            areas(node.path("service_areas"), id, at + "/service_areas", unresolved),
            languages(node.path("languages"), id, null, at + "/languages"),
            costs(node.path("cost_options"), id, at + "/cost_options"),
            documents(node.path("required_documents"), id),
            funding(node.path("funding"), id),
            contacts(node.path("contacts"), id),
            categories);
    return new ParsedService(
        compiled,
        organization,
        program,
        List.copyOf(taxonomies.values()),
        terms,
        references,
        unresolved);
  }

  public Organization organization(JsonNode node, String at) {
    Organization organization =
        new Organization(
            uuid(node, "id", at),
            Bilingual.read(node, "name", lang),
            Bilingual.read(node, "alternate_name", lang),
            Bilingual.read(node, "description", lang),
            Json.text(node, "email"),
            Json.text(node, "website"),
            Json.text(node, "tax_status"),
            Json.text(node, "tax_id"),
            integer(node, "year_incorporated", at),
            Json.text(node, "legal_status"),
            Json.text(node, "logo"),
            Json.text(node, "uri"),
            uuid(node, "parent_organization_id", at),
            node.path(DRAFT).asBoolean(false) ? Lifecycle.DRAFT : Lifecycle.PUBLISHED,
            false,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            null,
            0);
    if (organization.name().isEmpty()) {
      problems.at(at + "/name", "hsds.import.error.empty");
    }
    return organization;
  }

  private Program program(JsonNode node, UUID organizationId, String at) {
    return new Program(
        uuid(node, "id", at),
        organizationId,
        Bilingual.read(node, "name", lang),
        Bilingual.read(node, "alternate_name", lang),
        Bilingual.read(node, "description", lang));
  }

  /**
   * The service's locations. A location naming its own organization keeps it (else it is the
   * service's); another organization than the service's must exist in the import or the directory.
   */
  private List<Located> located(
      JsonNode service,
      UUID serviceId,
      UUID organizationId,
      String at,
      List<ParsedService.Reference> references) {
    List<Located> result = new ArrayList<>();
    JsonNode sals = service.path("service_at_locations");
    for (int i = 0; i < sals.size(); i++) {
      JsonNode sal = sals.get(i);
      String salAt = at + "/service_at_locations/" + i;
      JsonNode loc = sal.path("location");
      if (!loc.isObject()) {
        problems.at(salAt + "/location", "hsds.import.error.missing-location");
        continue;
      }
      String locAt = salAt + "/location";
      UUID locationId = uuid(loc, "id", locAt);
      String type = Json.text(loc, "location_type");
      if (type != null && !LOCATION_TYPES.contains(type)) {
        problems.at(locAt + "/location_type", "hsds.import.error.bad-value", type);
      }
      UUID ownOrganization = uuid(loc, "organization_id", locAt);
      if (ownOrganization != null && !ownOrganization.equals(organizationId)) {
        references.add(
            new ParsedService.Reference(
                "organization", ownOrganization, locAt + "/organization_id"));
      }
      Location location =
          new Location(
              locationId,
              type == null ? "physical" : type,
              Json.text(loc, "url"),
              Optional.ofNullable(ownOrganization).orElse(organizationId),
              Bilingual.read(loc, "name", lang),
              Bilingual.read(loc, "alternate_name", lang),
              Bilingual.read(loc, "description", lang),
              Bilingual.read(loc, "transportation", lang),
              coordinate(loc, "latitude", 90, locAt),
              coordinate(loc, "longitude", 180, locAt),
              Json.text(loc, "external_identifier"),
              Json.text(loc, "external_identifier_type"),
              false,
              null,
              Lifecycle.PUBLISHED,
              null,
              null,
              null,
              null,
              null,
              0);
      UUID salId = ids.of("service_at_location", uuid(sal, "id", salAt), serviceId);
      List<Address> addresses = addresses(loc.path("addresses"), locationId, locAt + "/addresses");
      result.add(
          new Located(
              new ServiceAtLocation(
                  salId, serviceId, locationId, Bilingual.read(sal, "description", lang)),
              placed(location, addresses),
              addresses,
              phones(loc.path("phones"), null, locationId, locAt + "/phones"),
              schedules(loc.path("schedules"), null, locationId, locAt + "/schedules"),
              accessibility(loc.path("accessibility"), locationId),
              languages(loc.path("languages"), null, locationId, locAt + "/languages")));
    }
    return result;
  }

  /**
   * A location without coordinates placed at its Québec address's postal code, else its
   * municipality (the geography's representative point); left unplaced otherwise.
   */
  private Location placed(Location location, List<Address> addresses) {
    if (location.latitude() != null && location.longitude() != null) {
      return location;
    }
    return addresses.stream()
        .filter(a -> "CA".equalsIgnoreCase(a.country()))
        .flatMap(
            a ->
                Stream.of(a.postalCode(), a.city())
                    .filter(text -> text != null && !text.isBlank())
                    .map(placeOf)
                    .flatMap(Optional::stream))
        .findFirst()
        .map(point -> at(location, point))
        .orElse(location);
  }

  private static Location at(Location l, GeoPoint point) {
    return new Location(
        l.id(),
        l.locationType(),
        l.url(),
        l.organizationId(),
        l.name(),
        l.alternateName(),
        l.description(),
        l.transportation(),
        point.latitude(),
        point.longitude(),
        l.externalIdentifier(),
        l.externalIdentifierType(),
        l.confidential(),
        l.municipalityCode(),
        l.lifecycle(),
        l.internalNote(),
        l.lastVerifiedAt(),
        l.lastVerifiedBy(),
        l.createdAt(),
        l.updatedAt(),
        l.version());
  }

  private List<Address> addresses(JsonNode array, UUID locationId, String at) {
    List<Address> result = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode a = array.get(i);
      String type = Json.text(a, "address_type");
      if (type != null && !LOCATION_TYPES.contains(type)) {
        problems.at(at + "/" + i + "/address_type", "hsds.import.error.bad-value", type);
      }
      result.add(
          new Address(
              ids.of("address", uuid(a, "id", at + "/" + i), locationId),
              locationId,
              Json.text(a, "attention"),
              required(a, "address_1", at + "/" + i),
              Json.text(a, "address_2"),
              required(a, "city", at + "/" + i),
              Json.text(a, "region"),
              Optional.ofNullable(Json.text(a, "state_province")).orElse("QC"),
              Json.text(a, "postal_code"),
              Optional.ofNullable(Json.text(a, "country")).orElse("CA"),
              type == null ? "physical" : type));
    }
    return result;
  }

  private List<Phone> phones(JsonNode array, UUID serviceId, UUID locationId, String at) {
    List<Phone> result = new ArrayList<>();
    UUID owner = serviceId != null ? serviceId : locationId;
    for (int i = 0; i < array.size(); i++) {
      JsonNode p = array.get(i);
      String type = Json.text(p, "type");
      if (type != null && !PHONE_TYPES.contains(type)) {
        problems.at(at + "/" + i + "/type", "hsds.import.error.bad-value", type);
      }
      result.add(
          new Phone(
              ids.of("phone", uuid(p, "id", at + "/" + i), owner),
              locationId,
              serviceId,
              null,
              null,
              null,
              required(p, "number", at + "/" + i),
              extension(p),
              type,
              Bilingual.read(p, "description", lang),
              false,
              i));
    }
    return result;
  }

  private List<Schedule> schedules(JsonNode array, UUID serviceId, UUID locationId, String at) {
    List<Schedule> result = new ArrayList<>();
    UUID owner = serviceId != null ? serviceId : locationId;
    for (int i = 0; i < array.size(); i++) {
      JsonNode s = array.get(i);
      String sAt = at + "/" + i;
      String freq = Json.text(s, "freq");
      if (freq != null && !FREQUENCIES.contains(freq)) {
        problems.at(sAt + "/freq", "hsds.import.error.bad-value", freq);
      }
      result.add(
          new Schedule(
              ids.of("schedule", uuid(s, "id", sAt), owner),
              serviceId,
              locationId,
              null,
              date(s, "valid_from", sAt),
              date(s, "valid_to", sAt),
              date(s, "dtstart", sAt),
              decimal(s, "timezone", sAt),
              date(s, "until", sAt),
              integer(s, "count", sAt),
              Json.text(s, "wkst"),
              freq,
              integer(s, "interval", sAt),
              Json.text(s, "byday"),
              Json.text(s, "byweekno"),
              Json.text(s, "bymonthday"),
              Json.text(s, "byyearday"),
              Bilingual.read(s, "description", lang),
              time(s, "opens_at", sAt),
              time(s, "closes_at", sAt),
              Json.text(s, "schedule_link"),
              Json.text(s, "attending_type"),
              Bilingual.read(s, "notes", lang)));
    }
    return result;
  }

  private List<ServiceArea> areas(
      JsonNode array, UUID serviceId, String at, List<String> unresolved) {
    List<ServiceArea> result = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode a = array.get(i);
      String name = Json.text(a, "name");
      String territory = Json.text(a, "repere_territory");
      if (territory == null && name != null) {
        territory = territoryOf.apply(name).orElse(null);
        if (territory == null) {
          unresolved.add(name);
        }
      }
      result.add(
          new ServiceArea(
              ids.of("service_area", uuid(a, "id", at + "/" + i), serviceId),
              serviceId,
              null,
              name,
              Bilingual.read(a, "description", lang),
              Json.text(a, "extent"),
              Json.text(a, "extent_type"),
              Json.text(a, "uri"),
              territory));
    }
    return result;
  }

  private List<Language> languages(JsonNode array, UUID serviceId, UUID locationId, String at) {
    List<Language> result = new ArrayList<>();
    UUID owner = serviceId != null ? serviceId : locationId;
    for (int i = 0; i < array.size(); i++) {
      JsonNode l = array.get(i);
      result.add(
          new Language(
              ids.of("language", uuid(l, "id", at + "/" + i), owner),
              serviceId,
              locationId,
              null,
              Json.text(l, "name"),
              Json.text(l, "code"),
              Json.text(l, "note")));
    }
    return result;
  }

  private List<CostOption> costs(JsonNode array, UUID serviceId, String at) {
    List<CostOption> result = new ArrayList<>();
    for (int i = 0; i < array.size(); i++) {
      JsonNode c = array.get(i);
      String cAt = at + "/" + i;
      result.add(
          new CostOption(
              ids.of("cost_option", uuid(c, "id", cAt), serviceId),
              serviceId,
              date(c, "valid_from", cAt),
              date(c, "valid_to", cAt),
              Bilingual.read(c, "option", lang),
              Json.text(c, "currency"),
              decimal(c, "amount", cAt),
              Bilingual.read(c, "amount_description", lang)));
    }
    return result;
  }

  private List<RequiredDocument> documents(JsonNode array, UUID serviceId) {
    return each(
        array,
        d ->
            new RequiredDocument(
                ids.of("required_document", uuidOrNull(d, "id"), serviceId),
                serviceId,
                Bilingual.read(d, "document", lang),
                Json.text(d, "uri")));
  }

  private List<Funding> funding(JsonNode array, UUID serviceId) {
    return each(
        array,
        f ->
            new Funding(
                ids.of("funding", uuidOrNull(f, "id"), serviceId),
                null,
                serviceId,
                Bilingual.read(f, "source", lang)));
  }

  private List<Contact> contacts(JsonNode array, UUID serviceId) {
    return each(
        array,
        c ->
            new Contact(
                ids.of("contact", uuidOrNull(c, "id"), serviceId),
                null,
                serviceId,
                null,
                null,
                Json.text(c, "name"),
                Bilingual.read(c, "title", lang),
                Json.text(c, "department"),
                Json.text(c, "email")));
  }

  private List<Accessibility> accessibility(JsonNode array, UUID locationId) {
    return each(
        array,
        a ->
            new Accessibility(
                ids.of("accessibility", uuidOrNull(a, "id"), locationId),
                locationId,
                Bilingual.read(a, "description", lang),
                Bilingual.read(a, "details", lang),
                Json.text(a, "url")));
  }

  /**
   * Taxonomy terms attached to the service, each once. A term given in full is imported (with its
   * taxonomy when {@code taxonomy_detail} is there); a term given by id only must already exist.
   */
  private List<TaxonomyTerm> categories(
      JsonNode service,
      String at,
      Map<UUID, Taxonomy> taxonomies,
      List<TaxonomyTerm> terms,
      List<ParsedService.Reference> references) {
    List<TaxonomyTerm> result = new ArrayList<>();
    JsonNode attributes = service.path("attributes");
    for (int i = 0; i < attributes.size(); i++) {
      JsonNode attribute = attributes.get(i);
      String aAt = at + "/attributes/" + i;
      JsonNode term = attribute.path("taxonomy_term");
      if (term.isObject()) {
        TaxonomyTerm parsed = term(term, aAt + "/taxonomy_term", taxonomies);
        terms.add(parsed);
        if (parsed.parentId() != null) {
          references.add(
              new ParsedService.Reference(
                  "taxonomy_term", parsed.parentId(), aAt + "/taxonomy_term/parent_id"));
        }
        result.add(parsed);
      } else {
        UUID termId = uuid(attribute, "taxonomy_term_id", aAt);
        if (termId != null) {
          references.add(
              new ParsedService.Reference("taxonomy_term", termId, aAt + "/taxonomy_term_id"));
          result.add(
              new TaxonomyTerm(
                  termId,
                  null,
                  LocalizedText.EMPTY,
                  LocalizedText.EMPTY,
                  null,
                  null,
                  null,
                  null,
                  null,
                  null));
        }
      }
    }
    return once(result);
  }

  /**
   * A service has a category once: a term its attributes give twice (Miami links 3,476 terms twice
   * to the same service) is one attribute, not two rows under the same id.
   */
  private static List<TaxonomyTerm> once(List<TaxonomyTerm> terms) {
    Map<UUID, TaxonomyTerm> byId = new LinkedHashMap<>();
    terms.forEach(t -> byId.putIfAbsent(t.id(), t));
    return new ArrayList<>(byId.values());
  }

  private TaxonomyTerm term(JsonNode node, String at, Map<UUID, Taxonomy> taxonomies) {
    JsonNode detail = node.path("taxonomy_detail");
    UUID taxonomyId = uuid(node, "taxonomy_id", at);
    if (detail.isObject()) {
      Taxonomy taxonomy =
          new Taxonomy(
              uuid(detail, "id", at + "/taxonomy_detail"),
              Json.text(detail, "name"),
              Json.text(detail, "description"),
              Json.text(detail, "uri"),
              Json.text(detail, "version"));
      taxonomies.putIfAbsent(taxonomy.id(), taxonomy);
      taxonomyId = taxonomy.id();
    }
    String code = Json.text(node, "code");
    return new TaxonomyTerm(
        uuid(node, "id", at),
        code,
        Bilingual.read(node, "name", lang),
        Bilingual.read(node, "description", lang),
        uuid(node, "parent_id", at),
        Json.text(node, "taxonomy"),
        taxonomyId,
        Json.text(node, "language"),
        Json.text(node, "term_uri"),
        Json.text(node, "repere_code"));
  }

  // --- values ------------------------------------------------------------------------------

  private void checkTextLengths(JsonNode node, String at) {
    if (node.isString() && node.stringValue().length() > MAX_TEXT) {
      problems.at(at, "hsds.import.error.too-long", node.stringValue().length(), MAX_TEXT);
    } else if (node.isObject()) {
      node.properties().forEach(e -> checkTextLengths(e.getValue(), at + "/" + e.getKey()));
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        checkTextLengths(node.get(i), at + "/" + i);
      }
    }
  }

  private UUID uuid(JsonNode node, String field, String at) {
    String text = Json.text(node, field);
    if (text == null) {
      return null;
    }
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      problems.at(at + "/" + field, "hsds.import.error.bad-uuid", text);
      return null;
    }
  }

  /** For nested ids the schema already checked: a missing one gets a fresh id. */
  private static UUID uuidOrNull(JsonNode node, String field) {
    String text = Json.text(node, field);
    try {
      return text == null ? UUID.randomUUID() : UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      return UUID.randomUUID();
    }
  }

  private String required(JsonNode node, String field, String at) {
    String text = Json.text(node, field);
    if (text == null) {
      problems.at(at + "/" + field, "hsds.import.error.empty");
      return "";
    }
    return text;
  }

  private ServiceStatus status(JsonNode node, String at) {
    String text = Json.text(node, "status");
    try {
      return text == null ? ServiceStatus.ACTIVE : ServiceStatus.fromHsds(text);
    } catch (IllegalArgumentException e) {
      problems.at(at + "/status", "hsds.import.error.bad-value", text);
      return ServiceStatus.ACTIVE;
    }
  }

  private LocalDate date(JsonNode node, String field, String at) {
    String text = Json.text(node, field);
    try {
      return text == null
          ? null
          : LocalDate.parse(text.length() > 10 ? text.substring(0, 10) : text);
    } catch (RuntimeException e) {
      problems.at(at + "/" + field, "hsds.import.error.bad-date", text);
      return null;
    }
  }

  private LocalTime time(JsonNode node, String field, String at) {
    String text = Json.text(node, field);
    try {
      return text == null ? null : LocalTime.parse(text);
    } catch (RuntimeException e) {
      problems.at(at + "/" + field, "hsds.import.error.bad-time", text);
      return null;
    }
  }

  private Integer integer(JsonNode node, String field, String at) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isIntegralNumber() && !(value.isNumber() && value.asDouble() % 1 == 0)) {
      problems.at(at + "/" + field, "hsds.import.error.bad-value", value.toString());
      return null;
    }
    return value.asInt();
  }

  private BigDecimal decimal(JsonNode node, String field, String at) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    if (!value.isNumber()) {
      problems.at(at + "/" + field, "hsds.import.error.bad-value", value.toString());
      return null;
    }
    return value.decimalValue();
  }

  private Double coordinate(JsonNode node, String field, double limit, String at) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull() || !value.isNumber()) {
      return null;
    }
    double degrees = value.asDouble();
    if (Math.abs(degrees) > limit) {
      problems.at(at + "/" + field, "hsds.import.error.out-of-range", degrees, -limit, limit);
      return null;
    }
    return degrees;
  }

  private static String extension(JsonNode phone) {
    JsonNode value = phone.path("extension");
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    return value.isNumber() ? value.numberValue().toString() : Json.text(phone, "extension");
  }

  /** Maps every element of a JSON array, in order. */
  private static <T> List<T> each(JsonNode array, java.util.function.Function<JsonNode, T> map) {
    List<T> result = new ArrayList<>(array.size());
    array.forEach(element -> result.add(map.apply(element)));
    return result;
  }
}
