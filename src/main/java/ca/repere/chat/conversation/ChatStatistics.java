package ca.repere.chat.conversation;

import java.time.Duration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The last 24 hours at a glance, for supervisors: answered, abandoned, the average wait and the
 * average handling time (accepted to ended) of answered chats.
 */
@Component
public class ChatStatistics {

  private final JdbcClient jdbc;

  ChatStatistics(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  public record Day(
      long answered, long abandoned, Duration averageWait, Duration averageHandling) {}

  public Day lastDay() {
    return jdbc.sql(
            "select count(*) filter (where outcome = 'answered') as answered,"
                + " count(*) filter (where outcome = 'abandoned') as abandoned,"
                + " avg(extract(epoch from coalesce(answered_at, ended_at) - queued_at)) as wait,"
                + " avg(extract(epoch from ended_at - answered_at))"
                + " filter (where outcome = 'answered') as handling"
                + " from chat.chat where queued_at > now() - interval '1 day' and status = 'ended'")
        .query(
            (rs, row) ->
                new Day(
                    rs.getLong("answered"),
                    rs.getLong("abandoned"),
                    Duration.ofSeconds((long) rs.getDouble("wait")),
                    Duration.ofSeconds((long) rs.getDouble("handling"))))
        .single();
  }
}
