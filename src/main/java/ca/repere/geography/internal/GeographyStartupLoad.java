package ca.repere.geography.internal;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * At startup, copies the geography in memory to the {@code geography} tables when they are empty or
 * hold another content (the folder changed, or the fallback was replaced by the folder). The {@code
 * geo-load} task does its own load, so it skips this one.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class GeographyStartupLoad implements ApplicationRunner {

  private static final Logger log = LoggerFactory.getLogger(GeographyStartupLoad.class);

  private final GeographyService geography;
  private final GeographyTables tables;
  private final String task;

  GeographyStartupLoad(
      GeographyService geography, GeographyTables tables, @Value("${repere.task:}") String task) {
    this.geography = geography;
    this.tables = tables;
    this.task = task;
  }

  @Override
  public void run(ApplicationArguments args) {
    if (GeoLoadTask.NAME.equals(task)) {
      return;
    }
    Gazetteer gazetteer = geography.gazetteer();
    if (tables.loadIfChanged(gazetteer)) {
      log.info(
          "Geography tables loaded from {}: {} municipalities",
          gazetteer.source(),
          gazetteer.municipalities().size());
    }
  }
}
