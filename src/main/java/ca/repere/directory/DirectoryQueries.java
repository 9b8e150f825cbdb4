package ca.repere.directory;

import static ca.repere.directory.DirectoryTables.*;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Lookups and paged lists for interoperability (HSDS import, export and API). "Published" means
 * what the public may see: a published service of a published organization, not past its end date.
 */
@Component
public class DirectoryQueries {

  private static final String PUBLISHED =
      " FROM directory.service s JOIN directory.organization o ON o.id = s.organization_id"
          + " WHERE s.lifecycle = 'published' AND o.lifecycle = 'published'"
          + " AND (s.end_date IS NULL OR s.end_date >= current_date)";

  private final JdbcTemplate jdbc;

  DirectoryQueries(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Filters of the published services; null fields do not filter. {@code text} matches names and
   * descriptions in either language, ignoring case.
   */
  public record ServiceFilter(
      UUID organizationId,
      UUID taxonomyTermId,
      UUID taxonomyId,
      Instant modifiedAfter,
      String text) {

    public static final ServiceFilter NONE = new ServiceFilter(null, null, null, null, null);
  }

  public List<UUID> publishedServiceIds(ServiceFilter filter, long offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    args.add(limit);
    args.add(offset);
    return jdbc.queryForList(
        "SELECT s.id" + PUBLISHED + where + " ORDER BY s.id LIMIT ? OFFSET ?",
        UUID.class,
        args.toArray());
  }

  /**
   * The next {@code limit} published services after {@code after} (null: from the first), in id
   * order. Unlike an offset, reading the whole directory this way costs the same for every page.
   */
  public List<UUID> publishedServiceIdsAfter(ServiceFilter filter, UUID after, int limit) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    if (after != null) {
      where += " AND s.id > ?";
      args.add(after);
    }
    args.add(limit);
    return jdbc.queryForList(
        "SELECT s.id" + PUBLISHED + where + " ORDER BY s.id LIMIT ?", UUID.class, args.toArray());
  }

  public long countPublishedServices(ServiceFilter filter) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    return jdbc.queryForObject("SELECT count(*)" + PUBLISHED + where, Long.class, args.toArray());
  }

  /**
   * When a published service was last verified (or created, if never), with its organization and
   * the municipality of its first place: what the annual verification cycle works from.
   */
  public record VerificationDate(
      UUID serviceId,
      String serviceName,
      UUID organizationId,
      String organizationName,
      Instant lastVerifiedAt,
      String lastVerifiedBy,
      Instant createdAt,
      String municipalityCode) {

    /** The last verification, or the creation when it was never verified. */
    public Instant verifiedOrCreated() {
      return lastVerifiedAt != null ? lastVerifiedAt : createdAt;
    }
  }

  /** The published services last verified (or created, if never) before {@code cutoff}. */
  public List<VerificationDate> publishedVerifiedBefore(Instant cutoff) {
    return jdbc.query(
        "SELECT s.id, coalesce(s.name_fr, s.name_en) AS service_name, o.id AS organization_id,"
            + " coalesce(o.name_fr, o.name_en) AS organization_name, s.last_verified_at,"
            + " s.last_verified_by, s.created_at,"
            + " (SELECT l.municipality_code FROM directory.service_at_location sal"
            + "   JOIN directory.location l ON l.id = sal.location_id"
            + "   WHERE sal.service_id = s.id AND l.municipality_code IS NOT NULL"
            + "   ORDER BY l.id LIMIT 1) AS municipality_code"
            + PUBLISHED
            + " AND coalesce(s.last_verified_at, s.created_at) < ?"
            + " ORDER BY coalesce(s.last_verified_at, s.created_at), s.id",
        (rs, i) ->
            new VerificationDate(
                rs.getObject("id", UUID.class),
                rs.getString("service_name"),
                rs.getObject("organization_id", UUID.class),
                rs.getString("organization_name"),
                instant(rs.getTimestamp("last_verified_at")),
                rs.getString("last_verified_by"),
                instant(rs.getTimestamp("created_at")),
                rs.getString("municipality_code")),
        Timestamp.from(cutoff));
  }

  private static Instant instant(Timestamp t) {
    return t == null ? null : t.toInstant();
  }

  /**
   * A published service offered at a location, with what the HSDS API filters on: the location's
   * coordinates (null when it has none or is confidential: a shelter's place never leaks through a
   * distance filter) and the territories the service's areas resolve to.
   */
  public record PublishedServiceAtLocation(
      UUID id,
      UUID serviceId,
      UUID locationId,
      Double latitude,
      Double longitude,
      List<String> territories) {}

  private static final String SERVICE_AT_LOCATION =
      "SELECT sal.id, sal.service_id, sal.location_id,"
          + " CASE WHEN l.confidential THEN NULL ELSE l.latitude END AS latitude,"
          + " CASE WHEN l.confidential THEN NULL ELSE l.longitude END AS longitude,"
          + " ARRAY(SELECT a.territory FROM directory.service_area a"
          + "   WHERE a.service_id = s.id AND a.territory IS NOT NULL) AS territories"
          + " FROM directory.service_at_location sal"
          + " JOIN directory.location l ON l.id = sal.location_id AND l.lifecycle <> 'withdrawn'"
          + " JOIN directory.service s ON s.id = sal.service_id"
          + " JOIN directory.organization o ON o.id = s.organization_id"
          + " WHERE s.lifecycle = 'published' AND o.lifecycle = 'published'"
          + " AND (s.end_date IS NULL OR s.end_date >= current_date)";

  /** Every published service-at-location matching the filter, in id order. */
  public List<PublishedServiceAtLocation> publishedServicesAtLocations(ServiceFilter filter) {
    List<Object> args = new ArrayList<>();
    String where = where(filter, args);
    return jdbc.query(
        SERVICE_AT_LOCATION + where + " ORDER BY sal.id",
        (rs, i) -> serviceAtLocation(rs),
        args.toArray());
  }

  public Optional<PublishedServiceAtLocation> publishedServiceAtLocation(UUID id) {
    return jdbc
        .query(SERVICE_AT_LOCATION + " AND sal.id = ?", (rs, i) -> serviceAtLocation(rs), id)
        .stream()
        .findFirst();
  }

  private static PublishedServiceAtLocation serviceAtLocation(java.sql.ResultSet rs)
      throws java.sql.SQLException {
    return new PublishedServiceAtLocation(
        rs.getObject("id", UUID.class),
        rs.getObject("service_id", UUID.class),
        rs.getObject("location_id", UUID.class),
        rs.getObject("latitude", Double.class),
        rs.getObject("longitude", Double.class),
        List.of((String[]) rs.getArray("territories").getArray()));
  }

  public boolean isPublished(UUID serviceId) {
    return !jdbc.queryForList("SELECT s.id" + PUBLISHED + " AND s.id = ?", UUID.class, serviceId)
        .isEmpty();
  }

  public List<Organization> publishedOrganizations(long offset, int limit) {
    return jdbc.query(
        ORGANIZATION.selectSql() + " WHERE lifecycle = 'published' ORDER BY id LIMIT ? OFFSET ?",
        ORGANIZATION,
        limit,
        offset);
  }

  public long countPublishedOrganizations() {
    return jdbc.queryForObject(
        "SELECT count(*) FROM directory.organization WHERE lifecycle = 'published'", Long.class);
  }

  public List<UUID> publishedServiceIdsOfOrganization(UUID organizationId) {
    return jdbc.queryForList(
        "SELECT s.id" + PUBLISHED + " AND s.organization_id = ? ORDER BY s.id",
        UUID.class,
        organizationId);
  }

  public List<Program> programs(Collection<UUID> ids) {
    return jdbc.query(
        PROGRAM.selectSql() + " WHERE id = ANY(?)", PROGRAM, (Object) ids.toArray(UUID[]::new));
  }

  public List<TaxonomyTerm> taxonomyTerms(Collection<UUID> ids) {
    return jdbc.query(
        TAXONOMY_TERM.selectSql() + " WHERE id = ANY(?)",
        TAXONOMY_TERM,
        (Object) ids.toArray(UUID[]::new));
  }

  public Optional<Taxonomy> taxonomy(UUID id) {
    return jdbc.query(TAXONOMY.selectSql() + " WHERE id = ?", TAXONOMY, id).stream().findFirst();
  }

  /** Terms, filtered by taxonomy and parent (null: any); {@code topOnly}: terms without parent. */
  public List<TaxonomyTerm> taxonomyTerms(
      UUID taxonomyId, UUID parentId, boolean topOnly, long offset, int limit) {
    List<Object> args = new ArrayList<>();
    String where = termWhere(taxonomyId, parentId, topOnly, args);
    args.add(limit);
    args.add(offset);
    return jdbc.query(
        TAXONOMY_TERM.selectSql() + where + " ORDER BY code, id LIMIT ? OFFSET ?",
        TAXONOMY_TERM,
        args.toArray());
  }

  public long countTaxonomyTerms(UUID taxonomyId, UUID parentId, boolean topOnly) {
    List<Object> args = new ArrayList<>();
    String where = termWhere(taxonomyId, parentId, topOnly, args);
    return jdbc.queryForObject(
        "SELECT count(*) FROM directory.taxonomy_term" + where, Long.class, args.toArray());
  }

  private static String termWhere(
      UUID taxonomyId, UUID parentId, boolean topOnly, List<Object> args) {
    StringBuilder where = new StringBuilder(" WHERE true");
    if (taxonomyId != null) {
      where.append(" AND taxonomy_id = ?");
      args.add(taxonomyId);
    }
    if (parentId != null) {
      where.append(" AND parent_id = ?");
      args.add(parentId);
    }
    if (topOnly) {
      where.append(" AND parent_id IS NULL");
    }
    return where.toString();
  }

  private static String where(ServiceFilter f, List<Object> args) {
    StringBuilder where = new StringBuilder();
    if (f.organizationId() != null) {
      where.append(" AND s.organization_id = ?");
      args.add(f.organizationId());
    }
    if (f.taxonomyTermId() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM directory.attribute a WHERE a.link_id = s.id"
              + " AND a.taxonomy_term_id = ?)");
      args.add(f.taxonomyTermId());
    }
    if (f.taxonomyId() != null) {
      where.append(
          " AND EXISTS (SELECT 1 FROM directory.attribute a JOIN directory.taxonomy_term t"
              + " ON t.id = a.taxonomy_term_id WHERE a.link_id = s.id AND t.taxonomy_id = ?)");
      args.add(f.taxonomyId());
    }
    if (f.modifiedAfter() != null) {
      where.append(" AND s.updated_at > ?");
      args.add(Timestamp.from(f.modifiedAfter()));
    }
    if (f.text() != null && !f.text().isBlank()) {
      where.append(
          " AND concat_ws(' ', s.name_fr, s.name_en, s.description_fr, s.description_en,"
              + " o.name_fr, o.name_en) ILIKE ?");
      args.add("%" + f.text().strip().replace("%", "").replace("_", "") + "%");
    }
    return where.toString();
  }
}
