package ca.repere.chat.conversation;

import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** Every minute, on one node: queued chats whose citizen left end as abandoned. */
@Configuration(proxyBeanMethods = false)
class AbandonedChatsJob {

  @Bean
  RecurringTask<Void> abandonedChats(CitizenPresence presence) {
    return Tasks.recurring("chat-abandoned", Schedules.fixedDelay(Duration.ofMinutes(1)))
        .execute((instance, context) -> presence.endAbandoned());
  }
}
