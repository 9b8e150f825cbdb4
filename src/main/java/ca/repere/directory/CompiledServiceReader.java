package ca.repere.directory;

import static ca.repere.directory.DirectoryTables.*;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Loads compiled services in batches: one query per table for the whole batch, never one per
 * service, so a full reindex of 100,000 services stays a matter of seconds.
 */
@Component
class CompiledServiceReader {

  private final JdbcTemplate jdbc;

  CompiledServiceReader(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  List<CompiledService> load(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    UUID[] serviceIds = ids.toArray(UUID[]::new);
    List<CommunityService> services = where(SERVICE, "id", serviceIds);
    UUID[] orgIds = distinct(services, CommunityService::organizationId);
    Map<UUID, Organization> organizations =
        byId(where(ORGANIZATION, "id", orgIds), Organization::id);
    UUID[] programIds = distinct(services, CommunityService::programId);
    Map<UUID, Program> programs = byId(where(PROGRAM, "id", programIds), Program::id);

    List<ServiceAtLocation> sals = where(SERVICE_AT_LOCATION, "service_id", serviceIds);
    UUID[] locationIds = distinct(sals, ServiceAtLocation::locationId);
    Map<UUID, Location> locations = byId(where(LOCATION, "id", locationIds), Location::id);
    Map<UUID, List<Address>> addresses =
        group(where(ADDRESS, "location_id", locationIds), Address::locationId);
    Map<UUID, List<Accessibility>> access =
        group(where(ACCESSIBILITY, "location_id", locationIds), Accessibility::locationId);
    Map<UUID, List<Phone>> locationPhones =
        group(whereNull(PHONE, "location_id", locationIds, "service_id"), Phone::locationId);
    Map<UUID, List<Schedule>> locationSchedules =
        group(whereNull(SCHEDULE, "location_id", locationIds, "service_id"), Schedule::locationId);
    Map<UUID, List<Language>> locationLanguages =
        group(whereNull(LANGUAGE, "location_id", locationIds, "service_id"), Language::locationId);

    Map<UUID, List<Phone>> phones = group(where(PHONE, "service_id", serviceIds), Phone::serviceId);
    Map<UUID, List<Schedule>> schedules =
        group(where(SCHEDULE, "service_id", serviceIds), Schedule::serviceId);
    Map<UUID, List<ServiceArea>> areas =
        group(where(SERVICE_AREA, "service_id", serviceIds), ServiceArea::serviceId);
    Map<UUID, List<Language>> languages =
        group(where(LANGUAGE, "service_id", serviceIds), Language::serviceId);
    Map<UUID, List<CostOption>> costs =
        group(where(COST_OPTION, "service_id", serviceIds), CostOption::serviceId);
    Map<UUID, List<RequiredDocument>> documents =
        group(where(REQUIRED_DOCUMENT, "service_id", serviceIds), RequiredDocument::serviceId);
    Map<UUID, List<Funding>> funding =
        group(where(FUNDING, "service_id", serviceIds), Funding::serviceId);
    Map<UUID, List<Contact>> contacts =
        group(where(CONTACT, "service_id", serviceIds), Contact::serviceId);
    Map<UUID, List<TaxonomyTerm>> categories = categoriesOf(serviceIds);
    Map<UUID, List<ServiceAtLocation>> salsByService = group(sals, ServiceAtLocation::serviceId);

    return services.stream()
        .map(
            s ->
                new CompiledService(
                    s,
                    organizations.get(s.organizationId()),
                    s.programId() == null ? null : programs.get(s.programId()),
                    salsByService.getOrDefault(s.id(), List.of()).stream()
                        .filter(sal -> locations.containsKey(sal.locationId()))
                        .map(
                            sal ->
                                new Located(
                                    sal,
                                    locations.get(sal.locationId()),
                                    addresses.getOrDefault(sal.locationId(), List.of()),
                                    locationPhones.getOrDefault(sal.locationId(), List.of()),
                                    locationSchedules.getOrDefault(sal.locationId(), List.of()),
                                    access.getOrDefault(sal.locationId(), List.of()),
                                    locationLanguages.getOrDefault(sal.locationId(), List.of())))
                        .toList(),
                    sorted(phones.getOrDefault(s.id(), List.of())),
                    schedules.getOrDefault(s.id(), List.of()),
                    areas.getOrDefault(s.id(), List.of()),
                    languages.getOrDefault(s.id(), List.of()),
                    costs.getOrDefault(s.id(), List.of()),
                    documents.getOrDefault(s.id(), List.of()),
                    funding.getOrDefault(s.id(), List.of()),
                    contacts.getOrDefault(s.id(), List.of()),
                    categories.getOrDefault(s.id(), List.of())))
        .toList();
  }

  private Map<UUID, List<TaxonomyTerm>> categoriesOf(UUID[] serviceIds) {
    String sql =
        TAXONOMY_TERM.selectSql("t").replace("SELECT ", "SELECT a.link_id AS link_id, ")
            + " JOIN directory.attribute a ON a.taxonomy_term_id = t.id WHERE a.link_id = ANY(?)"
            + " ORDER BY t.code";
    Map<UUID, List<TaxonomyTerm>> result = new LinkedHashMap<>();
    jdbc.query(
        sql,
        rs -> {
          UUID link = rs.getObject("link_id", UUID.class);
          result
              .computeIfAbsent(link, k -> new java.util.ArrayList<>())
              .add(TAXONOMY_TERM.mapRow(rs, 0));
        },
        (Object) serviceIds);
    return result;
  }

  private <T extends Record> List<T> where(RowMapping<T> table, String column, UUID[] ids) {
    if (ids.length == 0) {
      return List.of();
    }
    return jdbc.query(table.selectSql() + " WHERE " + column + " = ANY(?)", table, (Object) ids);
  }

  private <T extends Record> List<T> whereNull(
      RowMapping<T> table, String column, UUID[] ids, String nullColumn) {
    if (ids.length == 0) {
      return List.of();
    }
    return jdbc.query(
        table.selectSql() + " WHERE " + column + " = ANY(?) AND " + nullColumn + " IS NULL",
        table,
        (Object) ids);
  }

  private static <T> UUID[] distinct(List<T> rows, Function<T, UUID> key) {
    return rows.stream().map(key).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
  }

  private static <T> Map<UUID, T> byId(List<T> rows, Function<T, UUID> id) {
    return rows.stream().collect(Collectors.toMap(id, Function.identity(), (a, b) -> a));
  }

  private static <T> Map<UUID, List<T>> group(List<T> rows, Function<T, UUID> key) {
    return rows.stream().filter(r -> key.apply(r) != null).collect(Collectors.groupingBy(key));
  }

  private static List<Phone> sorted(List<Phone> phones) {
    return phones.stream().sorted(Comparator.comparingInt(Phone::position)).toList();
  }
}
