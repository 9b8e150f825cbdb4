package ca.repere.directory;

import static ca.repere.directory.DirectoryTables.*;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceUtils;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Inserts many new organizations and services at once with PostgreSQL's COPY, for bulk loads (demo
 * data, large imports): 100,000 services take minutes instead of hours. It writes no history and no
 * change-log entry per record: the caller announces the load once with {@link
 * Directory#announceBulkChange()}. Records must be new (a duplicate id fails the whole batch).
 */
@Component
public class BulkInsert {

  private final DataSource dataSource;

  BulkInsert(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  @Transactional
  public void insert(
      List<Organization> organizations,
      List<OrganizationIdentifier> identifiers,
      List<CompiledService> services) {
    Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      copy(copy, ORGANIZATION, organizations.stream().map(o -> stamped(o, now)).toList());
      copy(copy, ORGANIZATION_IDENTIFIER, identifiers);
      copy(copy, SERVICE, services.stream().map(s -> stamped(s.service(), now)).toList());
      List<Located> located = services.stream().flatMap(s -> s.locations().stream()).toList();
      Collection<Located> locations = distinct(located, l -> l.location().id());
      copy(copy, LOCATION, locations.stream().map(l -> stamped(l.location(), now)).toList());
      copy(copy, ADDRESS, all(locations, Located::addresses));
      copy(copy, ACCESSIBILITY, all(locations, Located::accessibility));
      copy(copy, SERVICE_AT_LOCATION, located.stream().map(Located::serviceAtLocation).toList());
      copy(copy, CONTACT, all(services, CompiledService::contacts));
      List<Phone> phones = new ArrayList<>(all(locations, Located::phones));
      phones.addAll(all(services, CompiledService::phones));
      copy(copy, PHONE, phones);
      List<Schedule> schedules = new ArrayList<>(all(locations, Located::schedules));
      schedules.addAll(all(services, CompiledService::schedules));
      copy(copy, SCHEDULE, schedules);
      copy(copy, SERVICE_AREA, all(services, CompiledService::serviceAreas));
      List<Language> languages = new ArrayList<>(all(locations, Located::languages));
      languages.addAll(all(services, CompiledService::languages));
      copy(copy, LANGUAGE, languages);
      copy(copy, COST_OPTION, all(services, CompiledService::costOptions));
      copy(copy, REQUIRED_DOCUMENT, all(services, CompiledService::requiredDocuments));
      copy(copy, FUNDING, all(services, CompiledService::funding));
      copy(copy, ATTRIBUTE, services.stream().flatMap(s -> attributes(s).stream()).toList());
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Bulk insert failed: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /**
   * Until the current transaction ends, a location, service, program or organization may name an
   * organization written later in the same transaction: PostgreSQL checks these references at
   * commit (V2_5). An import that writes by batches needs it, having checked the references itself.
   */
  @Transactional
  public void deferOrganizationReferences() {
    JdbcClient.create(dataSource)
        .sql(
            "SET CONSTRAINTS directory.location_organization_id_fkey,"
                + " directory.service_organization_id_fkey, directory.program_organization_id_fkey,"
                + " directory.organization_parent_organization_id_fkey DEFERRED")
        .update();
  }

  /**
   * Which of these services already exist: cheaper than reading them when most are new (reading a
   * compiled service scans tables that have no index on {@code service_id}).
   */
  @Transactional(readOnly = true)
  public Set<UUID> existingServices(Collection<UUID> ids) {
    return existing("service", ids);
  }

  /**
   * Which of these locations already exist: a bulk load must not insert them again (a location can
   * be shared by several services).
   */
  @Transactional(readOnly = true)
  public Set<UUID> existingLocations(Collection<UUID> ids) {
    return existing("location", ids);
  }

  private Set<UUID> existing(String table, Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Set.of();
    }
    return new HashSet<>(
        JdbcClient.create(dataSource)
            .sql("SELECT id FROM directory." + table + " WHERE id = ANY(?)")
            .param(ids.toArray(UUID[]::new))
            .query(UUID.class)
            .list());
  }

  /**
   * Records the creation of bulk-inserted records in their history (one {@code create} entry per
   * record, field {@code *}, as {@link History} writes for a creation without field values), so
   * that every record says when and by whom it was created.
   */
  @Transactional
  public void recordCreation(String resourceType, Collection<UUID> ids, String actor) {
    if (ids.isEmpty()) {
      return;
    }
    StringBuilder csv = new StringBuilder(ids.size() * 128);
    for (UUID id : ids) {
      csv.append(UUID.randomUUID()).append(',').append(UUID.randomUUID()).append(',');
      csv.append(id).append(',');
      appendCsv(csv, resourceType);
      csv.append(",create,\"*\",");
      appendCsv(csv, actor);
      csv.append('\n');
    }
    Connection connection = DataSourceUtils.getConnection(dataSource);
    try {
      connection
          .unwrap(PGConnection.class)
          .getCopyAPI()
          .copyIn(
              "COPY directory.metadata (id, change_id, resource_id, resource_type,"
                  + " last_action_type, field_name, updated_by) FROM STDIN WITH (FORMAT csv)",
              new StringReader(csv.toString()));
    } catch (SQLException | IOException e) {
      throw new IllegalStateException("Bulk history failed: " + e.getMessage(), e);
    } finally {
      DataSourceUtils.releaseConnection(connection, dataSource);
    }
  }

  /** The attribute linking a service to one of its categories: its id is derived from both. */
  static UUID attributeId(UUID serviceId, UUID termId) {
    return UUID.nameUUIDFromBytes(
        ("attribute:" + serviceId + ":" + termId).getBytes(StandardCharsets.UTF_8));
  }

  private static List<Attribute> attributes(CompiledService s) {
    UUID id = s.service().id();
    return s.categories().stream()
        .map(
            t ->
                new Attribute(
                    attributeId(id, t.id()), id, t.id(), "service", "service", null, null))
        .toList();
  }

  private static <T extends Record> void copy(CopyManager copy, RowMapping<T> table, List<T> rows)
      throws SQLException, IOException {
    if (rows.isEmpty()) {
      return;
    }
    StringBuilder csv = new StringBuilder(rows.size() * 256);
    for (T row : rows) {
      boolean first = true;
      for (Object value : table.values(row).values()) {
        if (!first) {
          csv.append(',');
        }
        first = false;
        appendCsv(csv, value);
      }
      csv.append('\n');
    }
    copy.copyIn(
        "COPY directory."
            + table.table()
            + " ("
            + String.join(", ", table.columns())
            + ") FROM STDIN WITH (FORMAT csv)",
        new StringReader(csv.toString()));
  }

  /** COPY's CSV: an unquoted empty field is NULL, a quoted one is text. */
  private static void appendCsv(StringBuilder csv, Object value) {
    if (value == null) {
      return;
    }
    String text = value instanceof Timestamp t ? t.toInstant().toString() : String.valueOf(value);
    if (value instanceof String) {
      csv.append('"').append(text.replace("\"", "\"\"")).append('"');
    } else {
      csv.append(text);
    }
  }

  private static <T, R> List<R> all(Collection<T> items, Function<T, List<R>> rows) {
    return items.stream().flatMap(i -> rows.apply(i).stream()).toList();
  }

  private static <T> Collection<T> distinct(List<T> items, Function<T, UUID> id) {
    Map<UUID, T> byId = new LinkedHashMap<>();
    items.forEach(i -> byId.putIfAbsent(id.apply(i), i));
    return byId.values();
  }

  private static Organization stamped(Organization o, Instant now) {
    return o.createdAt() != null ? o : o.stamped(now, now, 0);
  }

  private static CommunityService stamped(CommunityService s, Instant now) {
    return s.createdAt() != null ? s : s.stamped(now, now, 0);
  }

  private static Location stamped(Location l, Instant now) {
    return l.createdAt() != null ? l : l.stamped(now, now, 0);
  }
}
