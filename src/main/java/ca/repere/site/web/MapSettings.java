package ca.repere.site.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Where map tiles come from ({@code repere.map.tile-url}, blank for no tiles: markers and region
 * outlines still show) and the attribution the tile provider requires.
 */
@Component
class MapSettings {

  private final String tileUrl;
  private final String attribution;

  MapSettings(
      @Value("${repere.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}")
          String tileUrl,
      @Value("${repere.map.attribution:© OpenStreetMap}") String attribution) {
    this.tileUrl = tileUrl;
    this.attribution = attribution;
  }

  public String getTileUrl() {
    return tileUrl;
  }

  public String getAttribution() {
    return attribution;
  }
}
