package ca.repere.geography.internal;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * "geography" in {@code /actuator/health}: where the geography came from and how much of it is in
 * memory and in the tables. The fallback gazetteer is UP (the site works) but says so.
 */
@Component("geography")
class GeographyHealthIndicator implements HealthIndicator {

  private final GeographyService geography;
  private final GeographyTables tables;

  GeographyHealthIndicator(GeographyService geography, GeographyTables tables) {
    this.geography = geography;
    this.tables = tables;
  }

  @Override
  public Health health() {
    Gazetteer gazetteer = geography.gazetteer();
    Health.Builder health =
        Health.up()
            .withDetail("source", gazetteer.fallback() ? "fallback" : "folder")
            .withDetail("folder", gazetteer.fallback() ? "" : gazetteer.source())
            .withDetail("regions", gazetteer.regions().size())
            .withDetail("mrcs", gazetteer.mrcs().size())
            .withDetail("municipalities", gazetteer.municipalities().size())
            .withDetail("fsas", gazetteer.fsas().size());
    try {
      GeographyTables.Counts counts = tables.counts();
      health.withDetail("tables", counts);
      health.withDetail(
          "tablesCurrent", tables.loadedHash().filter(gazetteer.contentHash()::equals).isPresent());
    } catch (RuntimeException e) {
      health.withDetail("tables", "unavailable: " + e.getMessage());
    }
    return health.build();
  }
}
