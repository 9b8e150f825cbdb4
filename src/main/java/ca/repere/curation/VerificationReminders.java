package ca.repere.curation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every day, once across all nodes (db-scheduler), reminds contacts who have not answered. */
@Configuration(proxyBeanMethods = false)
class VerificationReminders {

  @Bean
  RecurringTask<Void> verificationReminderTask(
      VerificationRequests requests,
      @Value("${repere.curation.verification.remind-after:7d}") Duration after,
      @Value("${repere.curation.verification.max-reminders:2}") int max,
      @Value("${repere.curation.verification.remind-at:09:30}") String at) {
    return Tasks.recurring(
            "curation-verification-reminders",
            Schedules.daily(VerificationPolicy.QUEBEC, LocalTime.parse(at)))
        .execute((instance, context) -> requests.remind(after, max));
  }
}
