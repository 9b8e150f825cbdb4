package ca.repere.site.reports;

import ca.repere.shared.Lang;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The reports people send from the website, stored as received for the curators. */
@Repository
public class PublicReports {

  private final JdbcClient jdbc;

  PublicReports(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public UUID add(MissingOrganizationReport report) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO site.missing_organization_report
              (id, organization_name, municipality, website, phone, description, reporter_email, lang)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
        .params(
            id,
            report.organizationName(),
            report.municipality(),
            report.website(),
            report.phone(),
            report.description(),
            report.reporterEmail(),
            report.lang().code())
        .update();
    return id;
  }

  public UUID add(ErrorReport report) {
    UUID id = UUID.randomUUID();
    jdbc.sql(
            """
            INSERT INTO site.error_report (id, service_id, what_is_wrong, reporter_email, lang)
            VALUES (?, ?, ?, ?, ?)""")
        .params(
            id,
            report.serviceId(),
            report.whatIsWrong(),
            report.reporterEmail(),
            report.lang().code())
        .update();
    return id;
  }

  public List<MissingOrganizationReport> missingOrganizations() {
    return jdbc.sql("SELECT * FROM site.missing_organization_report ORDER BY received_at, id")
        .query(PublicReports::missingOrganization)
        .list();
  }

  public List<ErrorReport> errorsAbout(UUID serviceId) {
    return jdbc.sql("SELECT * FROM site.error_report WHERE service_id = ? ORDER BY received_at, id")
        .param(serviceId)
        .query(PublicReports::error)
        .list();
  }

  /** Reports nobody has handled yet, oldest first: the curators' tasks. */
  public List<MissingOrganizationReport> openMissingOrganizations() {
    return jdbc.sql(
            "SELECT * FROM site.missing_organization_report WHERE status = 'new'"
                + " ORDER BY received_at, id")
        .query(PublicReports::missingOrganization)
        .list();
  }

  public List<ErrorReport> openErrors() {
    return jdbc.sql("SELECT * FROM site.error_report WHERE status = 'new' ORDER BY received_at, id")
        .query(PublicReports::error)
        .list();
  }

  public java.util.Optional<MissingOrganizationReport> missingOrganization(UUID id) {
    return jdbc.sql("SELECT * FROM site.missing_organization_report WHERE id = ?")
        .param(id)
        .query(PublicReports::missingOrganization)
        .optional();
  }

  public java.util.Optional<ErrorReport> error(UUID id) {
    return jdbc.sql("SELECT * FROM site.error_report WHERE id = ?")
        .param(id)
        .query(PublicReports::error)
        .optional();
  }

  /**
   * Closes a report ({@code handled} or {@code rejected}) and erases the reporter's e-mail, which
   * was kept only to tell them the outcome. False when it was already closed.
   */
  public boolean closeMissingOrganization(UUID id, boolean handled) {
    return close("site.missing_organization_report", id, handled);
  }

  public boolean closeError(UUID id, boolean handled) {
    return close("site.error_report", id, handled);
  }

  private boolean close(String table, UUID id, boolean handled) {
    return jdbc.sql(
                "UPDATE "
                    + table
                    + " SET status = ?, reporter_email = NULL WHERE id = ? AND status = 'new'")
            .params(handled ? "handled" : "rejected", id)
            .update()
        == 1;
  }

  private static MissingOrganizationReport missingOrganization(ResultSet rs, int row)
      throws SQLException {
    return new MissingOrganizationReport(
        rs.getObject("id", UUID.class),
        rs.getString("organization_name"),
        rs.getString("municipality"),
        rs.getString("website"),
        rs.getString("phone"),
        rs.getString("description"),
        rs.getString("reporter_email"),
        Lang.parse(rs.getString("lang")),
        rs.getTimestamp("received_at").toInstant());
  }

  private static ErrorReport error(ResultSet rs, int row) throws SQLException {
    return new ErrorReport(
        rs.getObject("id", UUID.class),
        rs.getObject("service_id", UUID.class),
        rs.getString("what_is_wrong"),
        rs.getString("reporter_email"),
        Lang.parse(rs.getString("lang")),
        rs.getTimestamp("received_at").toInstant());
  }
}
