package ca.repere.platform;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Path;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts a real PostgreSQL 17 in the data folder when no external database is configured ({@code
 * spring.datasource.url} unset). Its settings are those of a production database (fsync and
 * synchronous commit on), not of a throw-away test database.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnExpression("'${spring.datasource.url:}'.isEmpty()")
class EmbeddedPostgresConfiguration {

  @Bean(destroyMethod = "close")
  EmbeddedPostgres embeddedPostgres(
      @Value("${repere.data-dir}") Path dataDir,
      @Value("${repere.embedded-db.port:0}") int port,
      @Value("${repere.embedded-db.start-empty:false}") boolean startEmpty)
      throws IOException {
    EmbeddedPostgres startedEarly =
        EmbeddedPostgresEarlyStart.claim(
            new EmbeddedPostgresEarlyStart.Settings(dataDir, port, startEmpty));
    return startedEarly != null
        ? startedEarly
        : new EmbeddedPostgresLauncher(dataDir).start(port, startEmpty);
  }

  @Bean
  EmbeddedDatabaseState embeddedDatabaseState(
      EmbeddedPostgres postgres, @Value("${repere.data-dir}") Path dataDir) {
    return new EmbeddedDatabaseState(dataDir);
  }

  @Bean(destroyMethod = "close")
  DataSource dataSource(
      EmbeddedPostgres postgres, @Value("${repere.embedded-db.pool-size:20}") int poolSize) {
    HikariConfig config = new HikariConfig();
    config.setJdbcUrl(postgres.getJdbcUrl("postgres", "postgres"));
    config.setUsername("postgres");
    config.setMaximumPoolSize(poolSize);
    config.setPoolName("repere-embedded");
    // Fail fast (503) rather than queue requests when the database cannot be reached.
    config.setConnectionTimeout(5_000);
    return new HikariDataSource(config);
  }
}
