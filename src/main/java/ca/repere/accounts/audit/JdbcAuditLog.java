package ca.repere.accounts.audit;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import jakarta.servlet.http.HttpServletRequest;
import java.sql.Timestamp;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/** The audit log in {@code accounts.audit_log}, whose trigger refuses updates and deletes. */
@Component
class JdbcAuditLog implements AuditLog {

  private final JdbcClient jdbc;

  JdbcAuditLog(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void record(String actor, String action, String subject, String details) {
    jdbc.sql(
            "insert into accounts.audit_log (actor, action, subject, details, ip)"
                + " values (?, ?, ?, ?, ?)")
        .params(actor, action, subject, details, clientIp())
        .update();
  }

  @Override
  public void record(String action, String subject, String details) {
    record(currentActor(), action, subject, details);
  }

  @Override
  public List<Entry> latest(String filter, int limit) {
    String like = "%" + (filter == null ? "" : filter.trim().toLowerCase()) + "%";
    return jdbc.sql(
            """
            select id, at, actor, action, subject, details, ip from accounts.audit_log
            where lower(actor) like :like or lower(action) like :like
               or lower(coalesce(subject, '')) like :like
            order by id desc limit :limit
            """)
        .param("like", like)
        .param("limit", limit)
        .query(
            (rs, row) ->
                new Entry(
                    rs.getLong("id"),
                    rs.getObject("at", Timestamp.class).toInstant(),
                    rs.getString("actor"),
                    rs.getString("action"),
                    rs.getString("subject"),
                    rs.getString("details"),
                    rs.getString("ip")))
        .list();
  }

  static String currentActor() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication != null && authentication.getPrincipal() instanceof CurrentUser user) {
      return user.email();
    }
    return authentication == null ? "system" : "anonymous";
  }

  private static String clientIp() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attrs) {
      HttpServletRequest request = attrs.getRequest();
      return request.getRemoteAddr();
    }
    return null;
  }
}
