package ca.repere.hsds.web;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.DirectoryQueries;
import ca.repere.directory.DirectoryQueries.PublishedServiceAtLocation;
import ca.repere.directory.DirectoryQueries.ServiceFilter;
import ca.repere.directory.Organization;
import ca.repere.directory.Taxonomy;
import ca.repere.directory.TaxonomyTerm;
import ca.repere.geography.Geography;
import ca.repere.hsds.importing.HsdsSchemas;
import ca.repere.hsds.mapping.ToHsds;
import ca.repere.search.Search;
import ca.repere.search.SearchHit;
import ca.repere.search.SearchQuery;
import ca.repere.search.SearchResults;
import ca.repere.shared.Lang;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * The Open Referral HSDS API 3.0, read-only and public: only published records, never staff-only
 * data. Lists use HSDS's {@code Page} envelope; {@code lang=fr|en} (or Accept-Language) picks the
 * language of the standard text fields, the other language travels in {@code <field>_en} or {@code
 * <field>_fr}.
 */
@RestController
@RequestMapping(path = "/hsds")
class HsdsApiController {

  static final int MAX_PER_PAGE = 200;
  private static final int NDJSON_BATCH = 200;
  private static final MediaType NDJSON = MediaType.parseMediaType("application/x-ndjson");
  private static final tools.jackson.databind.ObjectMapper NDJSON_WRITER =
      tools.jackson.databind.json.JsonMapper.builder().build();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Directory directory;
  private final DirectoryQueries queries;
  private final ObjectProvider<Search> search;
  private final HsdsSchemas schemas;
  private final ObjectProvider<Geography> geography;

  HsdsApiController(
      Directory directory,
      DirectoryQueries queries,
      ObjectProvider<Search> search,
      HsdsSchemas schemas,
      ObjectProvider<Geography> geography) {
    this.directory = directory;
    this.queries = queries;
    this.search = search;
    this.schemas = schemas;
    this.geography = geography;
  }

  @GetMapping({"", "/"})
  ObjectNode root() {
    ObjectNode node = NODES.objectNode();
    node.put("version", "3.0");
    node.put("profile", "https://docs.openreferral.org/en/latest/hsds/");
    node.put(
        "openapi_url",
        ServletUriComponentsBuilder.fromCurrentContextPath()
            .path("/hsds/openapi.json")
            .toUriString());
    return node;
  }

  /** The HSDS 3.0 API reference this API implements, served from the schemas folder. */
  @GetMapping("/openapi.json")
  ResponseEntity<byte[]> openapi() throws IOException {
    Path file = schemas.dir().resolve("schema/3.0/openapi.json");
    if (!Files.isRegularFile(file)) {
      throw new NotFound("openapi.json");
    }
    return ResponseEntity.ok()
        .contentType(MediaType.APPLICATION_JSON)
        .body(Files.readAllBytes(file));
  }

  @GetMapping("/services")
  ResponseEntity<?> services(
      @RequestParam(required = false) String search,
      @RequestParam(required = false) UUID organization_id,
      @RequestParam(required = false) UUID taxonomy_term_id,
      @RequestParam(required = false) UUID taxonomy_id,
      @RequestParam(required = false) String modified_after,
      @RequestParam(defaultValue = "false") boolean full,
      @RequestParam(defaultValue = "false") boolean minimal,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "50") int per_page,
      @RequestParam(defaultValue = "json") String format,
      @RequestParam(required = false) String lang,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    boolean ndjson = ndjson(format);
    Paging paging = minimal ? Paging.ofMinimal(page, per_page) : Paging.of(page, per_page);
    ToHsds hsds = hsds(lang, acceptLanguage);
    if (ndjson) {
      ServiceFilter all =
          new ServiceFilter(
              organization_id, taxonomy_term_id, taxonomy_id, instant(modified_after), search);
      return ndjsonBody(
          (offset, size) ->
              directory.services(queries.publishedServiceIds(all, offset, size)).stream()
                  .sorted(java.util.Comparator.comparing(s -> s.service().id()))
                  .map(CompiledService::publicView)
                  .map(s -> item(hsds, s, full, minimal))
                  .toList());
    }
    ServiceFilter filter =
        new ServiceFilter(
            organization_id, taxonomy_term_id, taxonomy_id, instant(modified_after), null);
    Search engine = this.search.getIfAvailable();
    List<UUID> ids;
    long total;
    if (search != null && !search.isBlank() && engine != null && isPlain(filter)) {
      SearchResults results =
          engine.search(searchQuery(search, language(lang, acceptLanguage), paging));
      ids = results.hits().stream().map(SearchHit::serviceId).distinct().toList();
      total = results.total();
    } else {
      // without the search engine (or with HSDS filters it does not know), a plain text match
      ServiceFilter withText =
          new ServiceFilter(
              organization_id, taxonomy_term_id, taxonomy_id, filter.modifiedAfter(), search);
      total = queries.countPublishedServices(withText);
      ids = queries.publishedServiceIds(withText, paging.offset(), paging.size());
    }
    List<ObjectNode> contents =
        directory.services(ids).stream()
            .map(CompiledService::publicView)
            .map(s -> item(hsds, s, full, minimal))
            .toList();
    return ResponseEntity.ok(paging.envelope(total, contents));
  }

  private static ObjectNode item(ToHsds hsds, CompiledService s, boolean full, boolean minimal) {
    if (minimal) {
      ObjectNode node = hsds.serviceListItem(s);
      node.retain("id", "last_modified");
      return node;
    }
    return full ? hsds.service(s) : hsds.serviceListItem(s);
  }

  @GetMapping("/service_at_locations")
  ResponseEntity<?> servicesAtLocations(
      @RequestParam(required = false) String search,
      @RequestParam(required = false) UUID organization_id,
      @RequestParam(required = false) UUID taxonomy_term_id,
      @RequestParam(required = false) UUID taxonomy_id,
      @RequestParam(required = false) String modified_after,
      @RequestParam(required = false) String postcode,
      @RequestParam(required = false) String proximity,
      @RequestParam(defaultValue = "false") boolean full,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "50") int per_page,
      @RequestParam(defaultValue = "json") String format,
      @RequestParam(required = false) String lang,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    boolean ndjson = ndjson(format);
    Paging paging = Paging.of(page, per_page);
    ToHsds hsds = hsds(lang, acceptLanguage);
    ServiceFilter filter =
        new ServiceFilter(
            organization_id, taxonomy_term_id, taxonomy_id, instant(modified_after), search);
    List<PublishedServiceAtLocation> found =
        ServicesAtLocations.near(
            queries.publishedServicesAtLocations(filter),
            geography.getIfAvailable(),
            postcode,
            proximity);
    if (ndjson) {
      return ndjsonBody(
          (offset, size) ->
              serviceAtLocations(hsds, found.stream().skip(offset).limit(size).toList(), full));
    }
    List<ObjectNode> contents =
        serviceAtLocations(
            hsds, found.stream().skip(paging.offset()).limit(paging.size()).toList(), full);
    return ResponseEntity.ok(paging.envelope(found.size(), contents));
  }

  @GetMapping("/service_at_locations/{id}")
  ObjectNode serviceAtLocation(
      @PathVariable UUID id,
      @RequestParam(required = false) String lang,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    PublishedServiceAtLocation found =
        queries.publishedServiceAtLocation(id).orElseThrow(() -> new NotFound(id.toString()));
    return serviceAtLocations(hsds(lang, acceptLanguage), List.of(found), true).stream()
        .findFirst()
        .orElseThrow(() -> new NotFound(id.toString()));
  }

  /** Each service-at-location with its location and its service (list item, or in full). */
  private List<ObjectNode> serviceAtLocations(
      ToHsds hsds, List<PublishedServiceAtLocation> page, boolean full) {
    Map<UUID, CompiledService> services =
        directory
            .services(page.stream().map(PublishedServiceAtLocation::serviceId).distinct().toList())
            .stream()
            .map(CompiledService::publicView)
            .collect(Collectors.toMap(c -> c.service().id(), c -> c));
    List<ObjectNode> result = new java.util.ArrayList<>();
    for (PublishedServiceAtLocation sal : page) {
      CompiledService service = services.get(sal.serviceId());
      if (service == null) {
        continue;
      }
      service.locations().stream()
          .filter(l -> l.location().id().equals(sal.locationId())) // unique per service
          .findFirst()
          .ifPresent(
              located -> {
                ObjectNode node = NODES.objectNode();
                node.put("id", sal.id().toString());
                node.put("service_id", sal.serviceId().toString());
                node.put("location_id", sal.locationId().toString());
                String description =
                    located.serviceAtLocation().description() == null
                        ? null
                        : located.serviceAtLocation().description().in(hsds.lang());
                if (description != null) {
                  node.put("description", description);
                }
                node.set("location", hsds.location(located));
                node.set("service", full ? hsds.service(service) : hsds.serviceListItem(service));
                result.add(node);
              });
    }
    return result;
  }

  /** {@code format}: json (paged) or ndjson (every result, one a line, no paging). */
  private static boolean ndjson(String format) {
    return switch (format.strip().toLowerCase(java.util.Locale.ROOT)) {
      case "json" -> false;
      case "ndjson" -> true;
      default -> throw new BadParameter("format", format);
    };
  }

  /** Every result, batch by batch, one JSON object a line. */
  private static ResponseEntity<String> ndjsonBody(
      java.util.function.BiFunction<Long, Integer, List<ObjectNode>> batch) {
    StringBuilder body = new StringBuilder();
    for (long offset = 0; ; offset += NDJSON_BATCH) {
      List<ObjectNode> nodes = batch.apply(offset, NDJSON_BATCH);
      nodes.forEach(node -> body.append(NDJSON_WRITER.writeValueAsString(node)).append('\n'));
      if (nodes.size() < NDJSON_BATCH) {
        return ResponseEntity.ok().contentType(NDJSON).body(body.toString());
      }
    }
  }

  @GetMapping("/services/{id}")
  ObjectNode service(
      @PathVariable UUID id,
      @RequestParam(required = false) String lang,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    if (!queries.isPublished(id)) {
      throw new NotFound(id.toString());
    }
    return directory
        .service(id)
        .map(s -> hsds(lang, acceptLanguage).service(s.publicView()))
        .orElseThrow(() -> new NotFound(id.toString()));
  }

  @GetMapping("/organizations")
  ObjectNode organizations(
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "50") int per_page,
      @RequestParam(required = false) String lang,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    Paging paging = Paging.of(page, per_page);
    ToHsds hsds = hsds(lang, acceptLanguage);
    List<ObjectNode> contents =
        queries.publishedOrganizations(paging.offset(), paging.size()).stream()
            .map(o -> hsds.organization(o.publicView()))
            .toList();
    return paging.envelope(queries.countPublishedOrganizations(), contents);
  }

  @GetMapping("/organizations/{id}")
  ObjectNode organization(
      @PathVariable UUID id,
      @RequestParam(required = false) String lang,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    Organization organization =
        directory
            .organization(id)
            .filter(Organization::isPublished)
            .orElseThrow(() -> new NotFound(id.toString()));
    ToHsds hsds = hsds(lang, acceptLanguage);
    ObjectNode node = hsds.organization(organization.publicView());
    ArrayNode services = node.putArray("services");
    directory.services(queries.publishedServiceIdsOfOrganization(id)).stream()
        .map(s -> hsds.serviceListItem(s.publicView()))
        .peek(s -> s.remove("organization")) // already the enclosing object
        .forEach(services::add);
    return node;
  }

  @GetMapping("/taxonomies")
  ObjectNode taxonomies(
      @RequestParam(defaultValue = "1") int page, @RequestParam(defaultValue = "50") int per_page) {
    Paging paging = Paging.of(page, per_page);
    List<Taxonomy> all = directory.taxonomies();
    ToHsds hsds = new ToHsds(Lang.FR, Map.of());
    List<ObjectNode> contents =
        all.stream().skip(paging.offset()).limit(paging.size()).map(hsds::taxonomy).toList();
    return paging.envelope(all.size(), contents);
  }

  @GetMapping("/taxonomies/{id}")
  ObjectNode taxonomy(@PathVariable UUID id) {
    return queries
        .taxonomy(id)
        .map(new ToHsds(Lang.FR, Map.of())::taxonomy)
        .orElseThrow(() -> new NotFound(id.toString()));
  }

  @GetMapping("/taxonomy_terms")
  ObjectNode taxonomyTerms(
      @RequestParam(required = false) UUID taxonomy_id,
      @RequestParam(required = false) UUID parent_id,
      @RequestParam(defaultValue = "false") boolean top_only,
      @RequestParam(defaultValue = "1") int page,
      @RequestParam(defaultValue = "50") int per_page,
      @RequestParam(required = false) String lang,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    Paging paging = Paging.of(page, per_page);
    ToHsds hsds = hsds(lang, acceptLanguage);
    List<ObjectNode> contents =
        queries
            .taxonomyTerms(taxonomy_id, parent_id, top_only, paging.offset(), paging.size())
            .stream()
            .map(hsds::term)
            .toList();
    return paging.envelope(queries.countTaxonomyTerms(taxonomy_id, parent_id, top_only), contents);
  }

  @GetMapping("/taxonomy_terms/{id}")
  ObjectNode taxonomyTerm(
      @PathVariable UUID id,
      @RequestParam(required = false) String lang,
      @RequestHeader(name = "Accept-Language", required = false) String acceptLanguage) {
    List<TaxonomyTerm> found = queries.taxonomyTerms(List.of(id));
    if (found.isEmpty()) {
      throw new NotFound(id.toString());
    }
    return hsds(lang, acceptLanguage).term(found.get(0));
  }

  private ToHsds hsds(String lang, String acceptLanguage) {
    Map<UUID, Taxonomy> taxonomies =
        directory.taxonomies().stream()
            .collect(Collectors.toMap(Taxonomy::id, Function.identity()));
    return new ToHsds(language(lang, acceptLanguage), taxonomies);
  }

  private static Lang language(String lang, String acceptLanguage) {
    if (lang != null) {
      try {
        return Lang.parseStrict(lang);
      } catch (IllegalArgumentException e) {
        throw new BadParameter("lang", e.getMessage());
      }
    }
    return Lang.parse(acceptLanguage);
  }

  private static Instant instant(String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    try {
      return OffsetDateTime.parse(value).toInstant();
    } catch (DateTimeParseException e) {
      try {
        return java.time.LocalDate.parse(value).atStartOfDay(java.time.ZoneOffset.UTC).toInstant();
      } catch (DateTimeParseException again) {
        throw new BadParameter("modified_after", value);
      }
    }
  }

  private static boolean isPlain(ServiceFilter filter) {
    return filter.organizationId() == null
        && filter.taxonomyTermId() == null
        && filter.taxonomyId() == null
        && filter.modifiedAfter() == null;
  }

  private static SearchQuery searchQuery(String text, Lang lang, Paging paging) {
    SearchQuery base = SearchQuery.of(text, null, lang);
    return new SearchQuery(
        base.text(),
        base.where(),
        base.lang(),
        base.categories(),
        base.openAt(),
        base.languages(),
        base.freeOnly(),
        base.audiences(),
        base.wheelchairAccessible(),
        base.sort(),
        paging.page(),
        paging.size());
  }
}
