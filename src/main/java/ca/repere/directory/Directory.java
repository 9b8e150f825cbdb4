package ca.repere.directory;

import static ca.repere.directory.DirectoryTables.*;

import ca.repere.directory.ChangeLog.Kind;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The directory's API: read compiled services and organizations, save them (history and change log
 * in the same transaction), publish, withdraw and verify.
 */
@Service
public class Directory {

  private final JdbcTemplate jdbc;
  private final CompiledServiceReader reader;
  private final ChangeLog changeLog;
  private final History history;
  private final Clock clock;

  Directory(
      JdbcTemplate jdbc,
      CompiledServiceReader reader,
      ChangeLog changeLog,
      History history,
      Optional<Clock> clock) {
    this.jdbc = jdbc;
    this.reader = reader;
    this.changeLog = changeLog;
    this.history = history;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  // --- reading -----------------------------------------------------------------------------

  /**
   * A service with everything, staff-only data included: call {@code publicView()} for the public.
   */
  @Transactional(readOnly = true)
  public Optional<CompiledService> service(UUID id) {
    return reader.load(List.of(id)).stream().findFirst();
  }

  @Transactional(readOnly = true)
  public List<CompiledService> services(Collection<UUID> ids) {
    return reader.load(ids);
  }

  public Optional<Organization> organization(UUID id) {
    return jdbc.query(ORGANIZATION.selectSql() + " WHERE id = ?", ORGANIZATION, id).stream()
        .findFirst();
  }

  public List<Organization> organizations(Collection<UUID> ids) {
    return jdbc.query(
        ORGANIZATION.selectSql() + " WHERE id = ANY(?)",
        ORGANIZATION,
        (Object) ids.toArray(UUID[]::new));
  }

  public List<UUID> serviceIds() {
    return jdbc.queryForList("SELECT id FROM directory.service ORDER BY id", UUID.class);
  }

  public List<UUID> serviceIdsOfOrganization(UUID organizationId) {
    return jdbc.queryForList(
        "SELECT id FROM directory.service WHERE organization_id = ?", UUID.class, organizationId);
  }

  public List<UUID> serviceIdsAtLocation(UUID locationId) {
    return jdbc.queryForList(
        "SELECT service_id FROM directory.service_at_location WHERE location_id = ?",
        UUID.class,
        locationId);
  }

  public List<TaxonomyTerm> taxonomyTerms(UUID taxonomyId) {
    return jdbc.query(
        TAXONOMY_TERM.selectSql() + " WHERE taxonomy_id = ? ORDER BY code",
        TAXONOMY_TERM,
        taxonomyId);
  }

  public List<Taxonomy> taxonomies() {
    return jdbc.query(TAXONOMY.selectSql() + " ORDER BY name", TAXONOMY);
  }

  public long countServices() {
    return jdbc.queryForObject("SELECT count(*) FROM directory.service", Long.class);
  }

  public long countOrganizations() {
    return jdbc.queryForObject("SELECT count(*) FROM directory.organization", Long.class);
  }

  public List<History.Entry> history(UUID recordId) {
    return history.of(recordId);
  }

  // --- writing -----------------------------------------------------------------------------

  @Transactional
  public Organization save(Organization organization, String actor) {
    Optional<Organization> previous = organization(organization.id());
    Organization stamped = stamp(previous, organization);
    jdbc.update(ORGANIZATION.upsertSql(), ORGANIZATION.parameters(stamped));
    history.record(
        "organization",
        stamped.id(),
        previous.map(ORGANIZATION::values).orElse(Map.of()),
        ORGANIZATION.values(stamped),
        previous.isPresent() ? "update" : "create",
        actor);
    changeLog.append(Kind.ORGANIZATION, stamped.id());
    return stamped;
  }

  @Transactional
  public void saveIdentifiers(UUID organizationId, List<OrganizationIdentifier> identifiers) {
    jdbc.update(
        "DELETE FROM directory.organization_identifier WHERE organization_id = ?", organizationId);
    insertAll(ORGANIZATION_IDENTIFIER, identifiers);
  }

  @Transactional
  public void save(Program program) {
    jdbc.update(PROGRAM.upsertSql(), PROGRAM.parameters(program));
  }

  @Transactional
  public void save(Taxonomy taxonomy, List<TaxonomyTerm> terms) {
    jdbc.update(TAXONOMY.upsertSql(), TAXONOMY.parameters(taxonomy));
    // parents first, so that every parent_id exists when its child is written
    for (TaxonomyTerm term : parentsFirst(terms)) {
      jdbc.update(TAXONOMY_TERM.upsertSql(), TAXONOMY_TERM.parameters(term));
    }
    changeLog.append(Kind.TAXONOMY, taxonomy.id());
  }

  /**
   * Saves a term a curator added, renamed or moved; from then on the seeding of the taxonomy files
   * leaves it alone. Search follows through the change log (its index is rebuilt).
   */
  @Transactional
  public void saveCurated(TaxonomyTerm term) {
    jdbc.update(TAXONOMY_TERM.upsertSql(), TAXONOMY_TERM.parameters(term));
    jdbc.update("UPDATE directory.taxonomy_term SET curated_at = now() WHERE id = ?", term.id());
    changeLog.append(Kind.TAXONOMY, term.taxonomyId());
  }

  /**
   * Retires a term (no longer offered for new records; the records that carry it keep it) or puts
   * it back in use. Curated from then on.
   */
  @Transactional
  public void retire(UUID termId, boolean retired) {
    jdbc.update(
        "UPDATE directory.taxonomy_term SET curated_at = now(),"
            + " retired_at = CASE WHEN ? THEN coalesce(retired_at, now()) END WHERE id = ?",
        retired,
        termId);
  }

  /**
   * Maps a term of an external taxonomy (AIRS/211, Open Eligibility) to Repère codes, main one
   * first; curated from then on. Search follows through the change log.
   */
  @Transactional
  public void saveCrosswalk(TaxonomyTerm external, List<String> repereCodes) {
    jdbc.update(
        "DELETE FROM directory.taxonomy_crosswalk WHERE taxonomy_term_id = ?", external.id());
    for (int i = 0; i < repereCodes.size(); i++) {
      jdbc.update(
          "INSERT INTO directory.taxonomy_crosswalk (taxonomy_term_id, repere_code, position)"
              + " VALUES (?, ?, ?)",
          external.id(),
          repereCodes.get(i),
          i);
    }
    jdbc.update(
        "UPDATE directory.taxonomy_term SET repere_code = ?, curated_at = now() WHERE id = ?",
        repereCodes.get(0),
        external.id());
    changeLog.append(Kind.TAXONOMY, external.taxonomyId());
  }

  /** The terms of a taxonomy that curators changed (the seeding leaves them alone). */
  public Set<UUID> curatedTermIds(UUID taxonomyId) {
    return Set.copyOf(
        jdbc.queryForList(
            "SELECT id FROM directory.taxonomy_term WHERE taxonomy_id = ? AND curated_at IS NOT NULL",
            UUID.class,
            taxonomyId));
  }

  /** How many services carry each term of a taxonomy (terms no service carries are absent). */
  public Map<UUID, Long> serviceCountsByTerm(UUID taxonomyId) {
    Map<UUID, Long> counts = new HashMap<>();
    jdbc.query(
        "SELECT a.taxonomy_term_id, count(DISTINCT a.link_id) AS services"
            + " FROM directory.attribute a JOIN directory.taxonomy_term t ON t.id = a.taxonomy_term_id"
            + " WHERE t.taxonomy_id = ? AND a.link_entity = 'service' GROUP BY a.taxonomy_term_id",
        rs -> {
          counts.put(rs.getObject(1, UUID.class), rs.getLong(2));
        },
        taxonomyId);
    return counts;
  }

  /**
   * Saves a service with everything it holds (its locations too), replacing the previous version;
   * records the history and appends to the change log. Fails with {@link StaleRecordException} when
   * the service changed since {@code compiled} was read.
   */
  @Transactional
  public CompiledService save(CompiledService compiled, String actor) {
    Optional<CompiledService> previous = service(compiled.service().id());
    CommunityService service = stamp(previous.map(CompiledService::service), compiled.service());
    jdbc.update(SERVICE.upsertSql(), SERVICE.parameters(service));
    UUID id = service.id();
    replaceServiceDetails(id, compiled);
    for (Located located : compiled.locations()) {
      saveLocated(located, id);
    }
    Set<UUID> kept =
        compiled.locations().stream()
            .map(l -> l.serviceAtLocation().id())
            .collect(Collectors.toSet());
    jdbc.update(
        "DELETE FROM directory.service_at_location WHERE service_id = ? AND NOT (id = ANY(?))",
        id,
        kept.toArray(UUID[]::new));
    history.record(
        "service",
        id,
        previous.map(Directory::flatten).orElse(Map.of()),
        flatten(compiled.withService(service)),
        previous.isPresent() ? "update" : "create",
        actor);
    changeLog.append(Kind.SERVICE, id);
    return compiled.withService(service);
  }

  @Transactional
  public void publish(UUID serviceId, String actor) {
    changeLifecycle(serviceId, Lifecycle.PUBLISHED, actor);
  }

  @Transactional
  public void withdraw(UUID serviceId, String actor) {
    changeLifecycle(serviceId, Lifecycle.WITHDRAWN, actor);
  }

  /** Records that someone confirmed the service is accurate: distinct from an update. */
  @Transactional
  public void markVerified(UUID serviceId, String actor) {
    Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
    int updated =
        jdbc.update(
            "UPDATE directory.service SET last_verified_at = ?, last_verified_by = ? WHERE id = ?",
            java.sql.Timestamp.from(now),
            actor,
            serviceId);
    requireFound(updated, serviceId);
    history.record(
        "service",
        serviceId,
        Map.of(),
        Map.of("last_verified_at", now.toString()),
        "verify",
        actor);
    changeLog.append(Kind.SERVICE, serviceId);
  }

  /** After a bulk load: one change-log entry asking every follower to rebuild. */
  @Transactional
  public void announceBulkChange() {
    changeLog.append(Kind.ALL, null);
  }

  private void changeLifecycle(UUID serviceId, Lifecycle lifecycle, String actor) {
    String before =
        jdbc
            .query(
                "SELECT lifecycle FROM directory.service WHERE id = ?",
                (rs, i) -> rs.getString(1),
                serviceId)
            .stream()
            .findFirst()
            .orElseThrow(() -> new NoSuchRecordException("service", serviceId));
    jdbc.update(
        "UPDATE directory.service SET lifecycle = ?, updated_at = now(), version = version + 1 WHERE id = ?",
        lifecycle.name().toLowerCase(),
        serviceId);
    history.record(
        "service",
        serviceId,
        Map.of("lifecycle", before),
        Map.of("lifecycle", lifecycle.name().toLowerCase()),
        lifecycle.name().toLowerCase(),
        actor);
    changeLog.append(Kind.SERVICE, serviceId);
  }

  private void replaceServiceDetails(UUID id, CompiledService compiled) {
    for (String table :
        List.of(
            "phone",
            "schedule",
            "service_area",
            "language",
            "cost_option",
            "required_document",
            "funding",
            "contact")) {
      jdbc.update("DELETE FROM directory." + table + " WHERE service_id = ?", id);
    }
    jdbc.update(
        "DELETE FROM directory.attribute WHERE link_id = ? AND link_entity = 'service'", id);
    insertAll(PHONE, compiled.phones());
    insertAll(SCHEDULE, compiled.schedules());
    insertAll(SERVICE_AREA, compiled.serviceAreas());
    insertAll(LANGUAGE, compiled.languages());
    insertAll(COST_OPTION, compiled.costOptions());
    insertAll(REQUIRED_DOCUMENT, compiled.requiredDocuments());
    insertAll(FUNDING, compiled.funding());
    insertAll(CONTACT, compiled.contacts());
    insertAll(
        ATTRIBUTE,
        compiled.categories().stream()
            .map(
                t -> new Attribute(UUID.randomUUID(), id, t.id(), "service", "service", null, null))
            .toList());
  }

  private void saveLocated(Located located, UUID serviceId) {
    Location location = located.location();
    Optional<Location> previous =
        jdbc.query(LOCATION.selectSql() + " WHERE id = ?", LOCATION, location.id()).stream()
            .findFirst();
    jdbc.update(LOCATION.upsertSql(), LOCATION.parameters(stamp(previous, location)));
    UUID lid = location.id();
    jdbc.update("DELETE FROM directory.address WHERE location_id = ?", lid);
    jdbc.update("DELETE FROM directory.accessibility WHERE location_id = ?", lid);
    jdbc.update("DELETE FROM directory.phone WHERE location_id = ? AND service_id IS NULL", lid);
    jdbc.update("DELETE FROM directory.schedule WHERE location_id = ? AND service_id IS NULL", lid);
    jdbc.update("DELETE FROM directory.language WHERE location_id = ? AND service_id IS NULL", lid);
    insertAll(ADDRESS, located.addresses());
    insertAll(ACCESSIBILITY, located.accessibility());
    insertAll(PHONE, located.phones());
    insertAll(SCHEDULE, located.schedules());
    insertAll(LANGUAGE, located.languages());
    ServiceAtLocation sal = located.serviceAtLocation();
    jdbc.update(
        "INSERT INTO directory.service_at_location (id, service_id, location_id, description_fr, description_en)"
            + " VALUES (?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET location_id = EXCLUDED.location_id,"
            + " description_fr = EXCLUDED.description_fr, description_en = EXCLUDED.description_en",
        sal.id(),
        serviceId,
        sal.locationId(),
        sal.description().fr(),
        sal.description().en());
  }

  private <T extends Record> void insertAll(RowMapping<T> table, List<T> rows) {
    if (!rows.isEmpty()) {
      jdbc.batchUpdate(table.insertSql(), rows.stream().map(table::parameters).toList());
    }
  }

  private Instant now() {
    return clock.instant().truncatedTo(ChronoUnit.MICROS);
  }

  private CommunityService stamp(Optional<CommunityService> previous, CommunityService next) {
    checkVersion("service", next.id(), previous.map(CommunityService::version), next.version());
    return next.stamped(
        previous.map(CommunityService::createdAt).orElse(now()),
        now(),
        previous.map(p -> p.version() + 1).orElse(0));
  }

  private Organization stamp(Optional<Organization> previous, Organization next) {
    checkVersion("organization", next.id(), previous.map(Organization::version), next.version());
    return next.stamped(
        previous.map(Organization::createdAt).orElse(now()),
        now(),
        previous.map(p -> p.version() + 1).orElse(0));
  }

  private Location stamp(Optional<Location> previous, Location next) {
    return next.stamped(
        previous.map(Location::createdAt).orElse(now()),
        now(),
        previous.map(p -> p.version() + 1).orElse(0));
  }

  private static void checkVersion(String type, UUID id, Optional<Integer> current, int expected) {
    current
        .filter(v -> v != expected)
        .ifPresent(
            v -> {
              throw new StaleRecordException(type, id, expected, v);
            });
  }

  private static void requireFound(int updated, UUID id) {
    if (updated == 0) {
      throw new NoSuchRecordException("service", id);
    }
  }

  private static List<TaxonomyTerm> parentsFirst(List<TaxonomyTerm> terms) {
    List<TaxonomyTerm> ordered =
        new ArrayList<>(terms.stream().filter(t -> t.parentId() == null).toList());
    List<TaxonomyTerm> rest =
        new ArrayList<>(terms.stream().filter(t -> t.parentId() != null).toList());
    Set<UUID> placed = ordered.stream().map(TaxonomyTerm::id).collect(Collectors.toSet());
    while (!rest.isEmpty()) {
      List<TaxonomyTerm> ready = rest.stream().filter(t -> placed.contains(t.parentId())).toList();
      if (ready.isEmpty()) {
        ordered.addAll(rest); // parents outside this batch: already stored, or a clear FK error
        break;
      }
      ordered.addAll(ready);
      rest.removeAll(ready);
      ready.forEach(t -> placed.add(t.id()));
    }
    return ordered;
  }

  /**
   * A service as field → text, for the history: its columns plus a readable form of each detail.
   */
  static Map<String, Object> flatten(CompiledService s) {
    Map<String, Object> fields = new LinkedHashMap<>(SERVICE.values(s.service()));
    fields.put(
        "phones",
        join(
            s.phones().stream().map(p -> p.number() + (p.staffOnly() ? " (staff)" : "")).toList()));
    fields.put(
        "schedules",
        join(
            s.schedules().stream()
                .map(x -> x.byday() + " " + x.opensAt() + "-" + x.closesAt())
                .toList()));
    fields.put(
        "service_areas",
        join(
            s.serviceAreas().stream()
                .map(a -> a.territory() != null ? a.territory() : a.name())
                .toList()));
    fields.put(
        "languages",
        join(s.languages().stream().map(l -> l.code() != null ? l.code() : l.name()).toList()));
    fields.put("categories", join(s.categories().stream().map(TaxonomyTerm::code).toList()));
    fields.put(
        "locations",
        join(
            s.locations().stream()
                .map(
                    l ->
                        l.location().id()
                            + l.physicalAddress().map(a -> " " + a.oneLine()).orElse(""))
                .toList()));
    fields.put(
        "cost_options",
        join(s.costOptions().stream().map(c -> String.valueOf(c.option().fr())).toList()));
    fields.put(
        "required_documents",
        join(s.requiredDocuments().stream().map(d -> String.valueOf(d.document().fr())).toList()));
    return fields;
  }

  /** The values, sorted, without the missing ones (a language or a term without a code). */
  private static String join(List<String> values) {
    List<String> present = values.stream().filter(v -> v != null).sorted().toList();
    return present.isEmpty() ? null : String.join("; ", present);
  }
}
