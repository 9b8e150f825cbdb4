package ca.repere.chat.conversation;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The last 24 hours at a glance, for supervisors: answered, abandoned and the average wait. */
@Component
public class ChatStatistics {

  private final JdbcClient jdbc;

  ChatStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Day(long answered, long abandoned, Duration averageWait) {}

  public Day lastDay() {
    return jdbc.sql(
            "select count(*) filter (where outcome = 'answered') as answered,"
                + " count(*) filter (where outcome = 'abandoned') as abandoned,"
                + " avg(extract(epoch from coalesce(answered_at, ended_at) - queued_at)) as wait"
                + " from chat.chat where queued_at > now() - interval '1 day' and status = 'ended'")
        .query(
            (rs, row) ->
                new Day(
                    rs.getLong("answered"),
                    rs.getLong("abandoned"),
                    Duration.ofSeconds((long) rs.getDouble("wait"))))
        .single();
  }
}
