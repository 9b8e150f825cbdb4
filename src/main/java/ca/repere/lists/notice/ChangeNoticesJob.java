package ca.repere.lists.notice;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Sends list-change notices every {@code repere.lists.notices.every} (1 minute), on one node. */
@Configuration(proxyBeanMethods = false)
class ChangeNoticesJob {

  @Bean
  RecurringTask<Void> listChangeNotices(
      ChangeNotices notices, @Value("${repere.lists.notices.every:1m}") Duration every) {
    return Tasks.recurring("lists-change-notices", Schedules.fixedDelay(every))
        .execute((instance, context) -> notices.run());
  }
}
