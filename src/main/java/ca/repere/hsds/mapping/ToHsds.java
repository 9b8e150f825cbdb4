package ca.repere.hsds.mapping;

import ca.repere.directory.Address;
import ca.repere.directory.CommunityService;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Located;
import ca.repere.directory.Location;
import ca.repere.directory.Organization;
import ca.repere.directory.Phone;
import ca.repere.directory.Program;
import ca.repere.directory.Schedule;
import ca.repere.directory.Taxonomy;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BiConsumer;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes Repère's records as HSDS 3.0 objects in one language (the other in extension properties,
 * see {@link Bilingual}). Callers pass the public view of a service: this class does not filter.
 */
public final class ToHsds {

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Lang lang;
  private final Map<UUID, Taxonomy> taxonomies;

  public ToHsds(Lang lang, Map<UUID, Taxonomy> taxonomies) {
    this.lang = lang;
    this.taxonomies = taxonomies;
  }

  /** The language of the standard text fields. */
  public Lang lang() {
    return lang;
  }

  /** A compiled service with everything, as {@code /services/{id}} returns it. */
  public ObjectNode service(CompiledService compiled) {
    ObjectNode node = serviceFields(compiled.service());
    UUID id = compiled.service().id();
    array(node, "phones", compiled.phones(), this::phone);
    array(node, "schedules", compiled.schedules(), this::schedule);
    array(
        node,
        "service_areas",
        compiled.serviceAreas(),
        (o, a) -> {
          o.put("id", a.id().toString());
          o.put("service_id", id.toString());
          Json.put(o, "name", a.name());
          Bilingual.write(o, "description", a.description(), lang);
          Json.put(o, "extent", a.extent());
          Json.put(o, "extent_type", a.extentType());
          Json.put(o, "uri", a.uri());
          Json.put(o, "repere_territory", a.territory());
        });
    array(node, "service_at_locations", compiled.locations(), this::serviceAtLocation);
    array(node, "languages", compiled.languages(), this::language);
    if (compiled.organization() != null) {
      node.set("organization", organization(compiled.organization()));
    }
    array(
        node,
        "funding",
        compiled.funding(),
        (o, f) -> {
          o.put("id", f.id().toString());
          Bilingual.write(o, "source", f.source(), lang);
        });
    array(
        node,
        "cost_options",
        compiled.costOptions(),
        (o, c) -> {
          o.put("id", c.id().toString());
          o.put("service_id", id.toString());
          Json.put(o, "valid_from", c.validFrom());
          Json.put(o, "valid_to", c.validTo());
          Bilingual.write(o, "option", c.option(), lang);
          Json.put(o, "currency", c.currency());
          Json.put(o, "amount", c.amount());
          Bilingual.write(o, "amount_description", c.amountDescription(), lang);
        });
    if (compiled.program() != null) {
      node.set("program", program(compiled.program()));
    }
    array(
        node,
        "required_documents",
        compiled.requiredDocuments(),
        (o, d) -> {
          o.put("id", d.id().toString());
          o.put("service_id", id.toString());
          Bilingual.write(o, "document", d.document(), lang);
          Json.put(o, "uri", d.uri());
        });
    array(
        node,
        "contacts",
        compiled.contacts(),
        (o, c) -> {
          o.put("id", c.id().toString());
          o.put("service_id", id.toString());
          Json.put(o, "name", c.name());
          Bilingual.write(o, "title", c.title(), lang);
          Json.put(o, "department", c.department());
          Json.putEmail(o, "email", c.email());
        });
    array(
        node,
        "attributes",
        compiled.categories(),
        (o, t) -> {
          o.put("id", attributeId(id, t.id()).toString());
          o.put("link_id", id.toString());
          o.put("taxonomy_term_id", t.id().toString());
          o.put("link_type", "service");
          o.put("link_entity", "service");
          o.set("taxonomy_term", term(t));
        });
    return node;
  }

  /** The one-to-one fields of a service with its organization, as {@code /services} lists them. */
  public ObjectNode serviceListItem(CompiledService compiled) {
    ObjectNode node = serviceFields(compiled.service());
    if (compiled.organization() != null) {
      node.set("organization", organization(compiled.organization()));
    }
    if (compiled.program() != null) {
      node.set("program", program(compiled.program()));
    }
    return node;
  }

  /**
   * HSDS requires a description where our records may have none (an organization registered by its
   * representative without one): validators reject an empty cell, so the name stands in for it.
   */
  private static LocalizedText describedOr(LocalizedText description, LocalizedText name) {
    return description == null || description.isEmpty() ? name : description;
  }

  public ObjectNode organization(Organization o) {
    ObjectNode node = NODES.objectNode();
    node.put("id", o.id().toString());
    Bilingual.writeRequired(node, "name", o.name(), lang);
    Bilingual.write(node, "alternate_name", o.alternateName(), lang);
    Bilingual.writeRequired(node, "description", describedOr(o.description(), o.name()), lang);
    Json.putEmail(node, "email", o.email());
    Json.put(node, "website", o.website());
    Json.put(node, "tax_status", o.taxStatus());
    Json.put(node, "tax_id", o.taxId());
    Json.put(node, "year_incorporated", o.yearIncorporated());
    Json.put(node, "legal_status", o.legalStatus());
    Json.put(node, "logo", o.logo());
    Json.put(node, "uri", o.uri());
    Json.put(node, "parent_organization_id", o.parentOrganizationId());
    return node;
  }

  public ObjectNode taxonomy(Taxonomy t) {
    ObjectNode node = NODES.objectNode();
    node.put("id", t.id().toString());
    node.put("name", t.name());
    node.put("description", t.description() == null ? "" : t.description());
    Json.put(node, "uri", t.uri());
    Json.put(node, "version", t.version());
    return node;
  }

  public ObjectNode term(TaxonomyTerm t) {
    ObjectNode node = NODES.objectNode();
    node.put("id", t.id().toString());
    Json.put(node, "code", t.code());
    Bilingual.writeRequired(node, "name", t.name(), lang);
    Bilingual.writeRequired(node, "description", describedOr(t.description(), t.name()), lang);
    Json.put(node, "parent_id", t.parentId());
    Json.put(node, "taxonomy", t.taxonomy());
    Json.put(node, "language", t.language());
    Json.put(node, "taxonomy_id", t.taxonomyId());
    Json.put(node, "term_uri", t.termUri());
    Json.put(node, "repere_code", t.repereCode());
    if (t.taxonomyId() != null && taxonomies.containsKey(t.taxonomyId())) {
      node.set("taxonomy_detail", taxonomy(taxonomies.get(t.taxonomyId())));
    }
    return node;
  }

  private ObjectNode serviceFields(CommunityService s) {
    ObjectNode node = NODES.objectNode();
    node.put("id", s.id().toString());
    Json.put(node, "organization_id", s.organizationId());
    Json.put(node, "program_id", s.programId());
    Bilingual.writeRequired(node, "name", s.name(), lang);
    Bilingual.write(node, "alternate_name", s.alternateName(), lang);
    Bilingual.write(node, "description", s.description(), lang);
    Json.put(node, "url", s.url());
    Json.putEmail(node, "email", s.email());
    node.put("status", s.status().hsds());
    Bilingual.write(node, "interpretation_services", s.interpretationServices(), lang);
    Bilingual.write(node, "application_process", s.applicationProcess(), lang);
    Bilingual.write(node, "fees_description", s.feesDescription(), lang);
    Bilingual.write(node, "wait_time", s.waitTime(), lang);
    Bilingual.write(node, "accreditations", s.accreditations(), lang);
    Bilingual.write(node, "eligibility_description", s.eligibilityDescription(), lang);
    Json.put(node, "minimum_age", s.minimumAge());
    Json.put(node, "maximum_age", s.maximumAge());
    Json.put(node, "assured_date", s.assuredDate());
    Json.putEmail(node, "assurer_email", s.assurerEmail());
    Json.put(node, "licenses", s.licenses());
    Bilingual.write(node, "alert", s.alert(), lang);
    Json.put(node, "last_modified", lastModified(s.updatedAt()));
    Json.put(node, "repere_start_date", s.startDate());
    Json.put(node, "repere_end_date", s.endDate());
    return node;
  }

  private ObjectNode program(Program p) {
    ObjectNode node = NODES.objectNode();
    node.put("id", p.id().toString());
    node.put("organization_id", p.organizationId().toString());
    Bilingual.writeRequired(node, "name", p.name(), lang);
    Bilingual.write(node, "alternate_name", p.alternateName(), lang);
    Bilingual.writeRequired(node, "description", describedOr(p.description(), p.name()), lang);
    return node;
  }

  private void serviceAtLocation(ObjectNode node, Located located) {
    node.put("id", located.serviceAtLocation().id().toString());
    node.put("service_id", located.serviceAtLocation().serviceId().toString());
    node.put("location_id", located.location().id().toString());
    Bilingual.write(node, "description", located.serviceAtLocation().description(), lang);
    node.set("location", location(located));
  }

  public ObjectNode location(Located located) {
    Location l = located.location();
    ObjectNode node = NODES.objectNode();
    node.put("id", l.id().toString());
    node.put("location_type", l.locationType());
    Json.put(node, "url", l.url());
    Json.put(node, "organization_id", l.organizationId());
    Bilingual.write(node, "name", l.name(), lang);
    Bilingual.write(node, "alternate_name", l.alternateName(), lang);
    Bilingual.write(node, "description", l.description(), lang);
    Bilingual.write(node, "transportation", l.transportation(), lang);
    Json.put(node, "latitude", l.latitude());
    Json.put(node, "longitude", l.longitude());
    Json.put(node, "external_identifier", l.externalIdentifier());
    Json.put(node, "external_identifier_type", l.externalIdentifierType());
    array(node, "languages", located.languages(), this::language);
    array(node, "addresses", located.addresses(), this::address);
    array(node, "phones", located.phones(), this::phone);
    array(node, "schedules", located.schedules(), this::schedule);
    array(
        node,
        "accessibility",
        located.accessibility(),
        (o, a) -> {
          o.put("id", a.id().toString());
          o.put("location_id", l.id().toString());
          Bilingual.write(o, "description", a.description(), lang);
          Bilingual.write(o, "details", a.details(), lang);
          Json.put(o, "url", a.url());
        });
    return node;
  }

  private void address(ObjectNode o, Address a) {
    o.put("id", a.id().toString());
    o.put("location_id", a.locationId().toString());
    Json.put(o, "attention", a.attention());
    o.put("address_1", a.address1());
    Json.put(o, "address_2", a.address2());
    o.put("city", a.city());
    Json.put(o, "region", a.region());
    o.put("state_province", a.stateProvince());
    o.put("postal_code", a.postalCode() == null ? "" : a.postalCode());
    o.put("country", a.country());
    o.put("address_type", a.addressType());
  }

  private void phone(ObjectNode o, Phone p) {
    o.put("id", p.id().toString());
    Json.put(o, "location_id", p.locationId());
    Json.put(o, "service_id", p.serviceId());
    o.put("number", p.number());
    if (p.extension() != null && p.extension().matches("\\d{1,9}")) {
      o.put("extension", Integer.parseInt(p.extension()));
    }
    Json.put(o, "type", p.type());
    Bilingual.write(o, "description", p.description(), lang);
  }

  private void schedule(ObjectNode o, Schedule s) {
    o.put("id", s.id().toString());
    Json.put(o, "service_id", s.serviceId());
    Json.put(o, "location_id", s.locationId());
    Json.put(o, "valid_from", s.validFrom());
    Json.put(o, "valid_to", s.validTo());
    Json.put(o, "dtstart", s.dtstart());
    Json.put(o, "timezone", s.timezone());
    Json.put(o, "until", s.until());
    Json.put(o, "count", s.count());
    Json.put(o, "wkst", s.wkst());
    Json.put(o, "freq", s.freq());
    Json.put(o, "interval", s.interval());
    Json.put(o, "byday", s.byday());
    Json.put(o, "byweekno", s.byweekno());
    Json.put(o, "bymonthday", s.bymonthday());
    Json.put(o, "byyearday", s.byyearday());
    Bilingual.write(o, "description", s.description(), lang);
    Json.put(o, "opens_at", s.opensAt());
    Json.put(o, "closes_at", s.closesAt());
    Json.put(o, "schedule_link", s.scheduleLink());
    Json.put(o, "attending_type", s.attendingType());
    Bilingual.write(o, "notes", s.notes(), lang);
  }

  private void language(ObjectNode o, ca.repere.directory.Language l) {
    o.put("id", l.id().toString());
    Json.put(o, "service_id", l.serviceId());
    Json.put(o, "location_id", l.locationId());
    Json.put(o, "name", l.name());
    Json.put(o, "code", l.code());
    Json.put(o, "note", l.note());
  }

  private static String lastModified(Instant updatedAt) {
    return updatedAt == null ? null : updatedAt.toString();
  }

  /** Attributes are not stored with stable ids; derive one so exports are reproducible. */
  private static UUID attributeId(UUID serviceId, UUID termId) {
    return UUID.nameUUIDFromBytes((serviceId + ":" + termId).getBytes(StandardCharsets.UTF_8));
  }

  private static <T> void array(
      ObjectNode node, String field, List<T> values, BiConsumer<ObjectNode, T> write) {
    ArrayNode array = node.putArray(field);
    for (T value : values) {
      write.accept(array.addObject(), value);
    }
  }
}
