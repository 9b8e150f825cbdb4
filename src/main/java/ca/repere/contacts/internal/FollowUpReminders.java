package ca.repere.contacts.internal;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.Mailer;
import ca.repere.accounts.StaffMembers;
import ca.repere.accounts.StaffMembers.StaffMember;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Writes each specialist, once a day, how many follow-ups they have due or overdue (no name, no
 * detail: the e-mail links to the "my follow-ups" page). A follow-up whose specialist was reminded
 * today is not counted again, so a second run on the same day sends nothing; a mail the server
 * refused is tried again at the next run.
 */
@Component
public class FollowUpReminders {

  private static final Logger log = LoggerFactory.getLogger(FollowUpReminders.class);

  private final JdbcClient jdbc;
  private final StaffMembers staff;
  private final Mailer mailer;
  private final AuditLog audit;
  private final String publicUrl;

  FollowUpReminders(
      JdbcClient jdbc,
      StaffMembers staff,
      Mailer mailer,
      AuditLog audit,
      @Value("${repere.public-url:http://localhost:${server.port:8080}}") String publicUrl) {
    this.jdbc = jdbc;
    this.staff = staff;
    this.mailer = mailer;
    this.audit = audit;
    this.publicUrl = publicUrl.replaceAll("/+$", "");
  }

  /**
   * Reminds every specialist with follow-ups due on or before {@code today}; returns mails sent.
   */
  public int remindDue(LocalDate today) {
    int sent = 0;
    for (Due due : dueOn(today)) {
      StaffMember member = staff.find(due.specialist()).filter(StaffMember::enabled).orElse(null);
      if (member == null) {
        log.warn("Follow-ups due for {}, who has no enabled account", due.specialist());
      } else if (remind(member, due)) {
        markReminded(due.specialist(), today);
        sent++;
      }
    }
    return sent;
  }

  private boolean remind(StaffMember member, Due due) {
    boolean sent =
        mailer.send(
            member.email(),
            member.lang(),
            "contacts/follow-up-reminder",
            Map.of(
                "name", member.displayName(),
                "count", due.count(),
                "overdue", due.overdue(),
                "link", publicUrl + "/staff/contacts/suivis"));
    if (sent) {
      audit.record(
          "system", "contact.follow-up-reminder", member.id().toString(), due.count() + "");
    }
    return sent;
  }

  /** Follow-ups due per specialist (the assignee, else the author), not yet reminded today. */
  private List<Due> dueOn(LocalDate today) {
    return jdbc.sql(
            """
            select coalesce(assigned_to, specialist_id) as specialist, count(*) as due,
              count(*) filter (where follow_up_on < :today) as overdue
            from contacts.contact
            where follow_up_on <= :today and follow_up_closed_at is null
              and (follow_up_reminded_on is null or follow_up_reminded_on < :today)
            group by 1
            """)
        .param("today", today)
        .query(
            (rs, i) ->
                new Due(
                    rs.getObject("specialist", UUID.class), rs.getInt("due"), rs.getInt("overdue")))
        .list();
  }

  private void markReminded(UUID specialist, LocalDate today) {
    jdbc.sql(
            """
            update contacts.contact set follow_up_reminded_on = :today
            where coalesce(assigned_to, specialist_id) = :specialist
              and follow_up_on <= :today and follow_up_closed_at is null
            """)
        .param("today", today)
        .param("specialist", specialist)
        .update();
  }

  private record Due(UUID specialist, int count, int overdue) {}
}
