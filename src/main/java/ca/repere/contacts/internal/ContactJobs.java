package ca.repere.contacts.internal;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The module's daily job, run once across all nodes by the accounts module's db-scheduler (which
 * registers every {@code Task} bean): the follow-up reminders. The retention of personal fields is
 * a {@code RetentionRule}, applied by the accounts module's retention job.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${repere.task:}'.isEmpty() and ${repere.jobs.enabled:true}")
class ContactJobs {

  static final String REMINDERS = "contacts-follow-up-reminders";

  @Bean
  RecurringTask<Void> followUpRemindersTask(
      FollowUpReminders reminders,
      @Value("${repere.contacts.follow-ups.remind-at:07:30}") String at,
      @Value("${repere.retention.zone:America/Toronto}") ZoneId zone) {
    return Tasks.recurring(REMINDERS, Schedules.daily(zone, LocalTime.parse(at)))
        .execute((instance, context) -> reminders.remindDue(LocalDate.now(zone)));
  }
}
