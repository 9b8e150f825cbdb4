package ca.repere;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * The one configuration of every test that starts the application: all such tests share a single
 * Spring context, so a single embedded PostgreSQL (wiped at the start of the run) and one copy of
 * the demo data. Do not add other properties on individual tests: a different configuration starts
 * a second application and a second database.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = RepereApplication.class,
    webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
    properties = {
      "repere.data-dir=target/it-data",
      "repere.embedded-db.start-empty=true",
      "repere.demo-data.on-empty-database=true",
      "spring.mail.host=localhost",
      "spring.mail.port=3025",
      "server.forward-headers-strategy=native",
      // the test JVM exits with chat connections still open: do not wait 30 s for them
      "spring.lifecycle.timeout-per-shutdown-phase=5s"
    })
public @interface RepereApplicationTest {}
