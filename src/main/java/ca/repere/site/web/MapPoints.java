package ca.repere.site.web;

import java.util.List;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The markers a map shows, as the JSON that {@code map.js} reads from {@code data-points}. */
@Component
class MapPoints {

  /** One marker; {@code href} links to the service page, null on the page itself. */
  record Point(double lat, double lon, String label, String href) {}

  private final JsonMapper json;

  MapPoints(JsonMapper json) {
    this.json = json;
  }

  String of(List<Point> points) {
    return json.writeValueAsString(points);
  }

  String of(ServicePage page) {
    return of(
        page.places().stream()
            .filter(ServicePage.Place::onMap)
            .map(
                p ->
                    new Point(
                        p.latitude(),
                        p.longitude(),
                        p.address() != null ? p.address() : page.name().value(),
                        null))
            .toList());
  }
}
