package ca.repere.curation;

import ca.repere.shared.Lang;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;
import tools.jackson.databind.json.JsonMapper;

/** The revisions table; a draft is stored as JSON. */
@Repository
class Revisions {

  private static final JsonMapper JSON = JsonMapper.builder().build();

  private final JdbcClient jdbc;

  Revisions(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  void insert(Revision r) {
    jdbc.sql(
            """
            INSERT INTO curation.revision (id, organization_id, service_id, is_new, base_version,
              draft, status, submitted_by, submitter_lang)
            VALUES (?, ?, ?, ?, ?, ?::jsonb, ?, ?, ?)""")
        .params(
            r.id(),
            r.organizationId(),
            r.serviceId(),
            r.isNew(),
            r.baseVersion(),
            JSON.writeValueAsString(r.draft()),
            r.status().code(),
            r.submittedBy(),
            r.submitterLang().code())
        .update();
  }

  /** Records the decision; false when the revision was no longer pending. */
  boolean decide(UUID id, Revision.Status status, String by, String comment) {
    return jdbc.sql(
                """
                UPDATE curation.revision SET status = ?, reviewed_by = ?, reviewed_at = now(),
                  review_comment = ? WHERE id = ? AND status = 'pending'""")
            .params(status.code(), by, comment, id)
            .update()
        == 1;
  }

  Optional<Revision> find(UUID id) {
    return jdbc.sql("SELECT * FROM curation.revision WHERE id = ?")
        .param(id)
        .query(Revisions::map)
        .optional();
  }

  List<Revision> pending() {
    return jdbc.sql(
            "SELECT * FROM curation.revision WHERE status = 'pending' ORDER BY submitted_at, id")
        .query(Revisions::map)
        .list();
  }

  List<Revision> ofOrganization(UUID organizationId) {
    return jdbc.sql(
            "SELECT * FROM curation.revision WHERE organization_id = ?"
                + " ORDER BY submitted_at DESC, id LIMIT 200")
        .param(organizationId)
        .query(Revisions::map)
        .list();
  }

  Optional<Revision> pendingFor(UUID serviceId) {
    return jdbc.sql(
            "SELECT * FROM curation.revision WHERE service_id = ? AND status = 'pending'"
                + " ORDER BY submitted_at DESC LIMIT 1")
        .param(serviceId)
        .query(Revisions::map)
        .optional();
  }

  private static Revision map(ResultSet rs, int row) throws SQLException {
    Timestamp reviewed = rs.getTimestamp("reviewed_at");
    return new Revision(
        rs.getObject("id", UUID.class),
        rs.getObject("organization_id", UUID.class),
        rs.getObject("service_id", UUID.class),
        rs.getBoolean("is_new"),
        (Integer) rs.getObject("base_version"),
        JSON.readValue(rs.getString("draft"), ServiceDraft.class),
        Revision.Status.valueOf(rs.getString("status").toUpperCase(Locale.ROOT)),
        rs.getString("submitted_by"),
        Lang.parse(rs.getString("submitter_lang")),
        rs.getTimestamp("submitted_at").toInstant(),
        rs.getString("reviewed_by"),
        reviewed == null ? null : reviewed.toInstant(),
        rs.getString("review_comment"));
  }
}
