package ca.repere;

import ca.repere.platform.CommandLineTasks;
import ca.repere.platform.EmbeddedPostgresEarlyStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableScheduling;

/** Repère: the 211 information-and-referral platform for Québec. */
@SpringBootApplication
@EnableScheduling
public class RepereApplication {

  public static void main(String[] args) {
    if (CommandLineTasks.isTask(args)) {
      System.exit(CommandLineTasks.run(RepereApplication.class, args));
    }
    SpringApplication application = new SpringApplication(RepereApplication.class);
    application.addListeners(new EmbeddedPostgresEarlyStart());
    application.run(args);
  }
}
