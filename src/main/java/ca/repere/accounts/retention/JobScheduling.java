package ca.repere.accounts.retention;

import com.github.kagkarlsson.scheduler.Scheduler;
import com.github.kagkarlsson.scheduler.task.Task;
import com.github.kagkarlsson.scheduler.task.helper.RecurringTask;
import com.github.kagkarlsson.scheduler.task.helper.Tasks;
import com.github.kagkarlsson.scheduler.task.schedule.Schedules;
import java.time.Duration;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.SmartLifecycle;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Jobs that run once across all nodes: db-scheduler on PostgreSQL ({@code
 * accounts.scheduled_tasks}; each execution is picked by exactly one node). Every {@link Task} bean
 * of any module is registered; recurring ones are scheduled at start. Not started by command-line
 * tasks.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${repere.task:}'.isEmpty() and ${repere.jobs.enabled:true}")
class JobScheduling {

  @Bean
  RecurringTask<Void> retentionTask(
      Retention retention,
      @Value("${repere.retention.daily-at:03:15}") String at,
      @Value("${repere.retention.zone:America/Toronto}") ZoneId zone) {
    return Tasks.recurring("retention", Schedules.daily(zone, LocalTime.parse(at)))
        .execute((instance, context) -> retention.applyAll());
  }

  @Bean
  JobScheduler jobScheduler(DataSource dataSource, List<Task<?>> tasks) {
    return new JobScheduler(dataSource, tasks);
  }

  /** Starts polling once every bean (Flyway's migrations included) is ready; stops first. */
  static class JobScheduler implements SmartLifecycle {

    private final Scheduler scheduler;
    private volatile boolean running;

    @SuppressWarnings({"unchecked", "rawtypes"})
    JobScheduler(DataSource dataSource, List<Task<?>> tasks) {
      List recurring = tasks.stream().filter(RecurringTask.class::isInstance).toList();
      List<Task<?>> others = tasks.stream().filter(t -> !(t instanceof RecurringTask)).toList();
      this.scheduler =
          Scheduler.create(dataSource, others)
              .startTasks(recurring)
              .tableName("accounts.scheduled_tasks")
              .threads(2)
              .pollingInterval(Duration.ofSeconds(30))
              .build();
    }

    @Override
    public void start() {
      scheduler.start();
      running = true;
    }

    @Override
    public void stop() {
      scheduler.stop();
      running = false;
    }

    @Override
    public boolean isRunning() {
      return running;
    }
  }
}
