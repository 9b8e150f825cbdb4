package ca.repere.site.web;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/** The schema.org description of a service page (JSON-LD), for search engines. */
@Component
class StructuredData {

  private final JsonMapper json;

  StructuredData(JsonMapper json) {
    this.json = json;
  }

  /** JSON-LD safe to place inside a script element. */
  String of(ServicePage page, String pageUrl) {
    Map<String, Object> service = new LinkedHashMap<>();
    service.put("@context", "https://schema.org");
    service.put("@type", "Service");
    service.put("@id", pageUrl);
    service.put("url", pageUrl);
    service.put("name", text(page.name()));
    putIfPresent(service, "description", text(page.description()));
    putIfPresent(service, "serviceType", page.categories().isEmpty() ? null : page.categories());
    Map<String, Object> organization = new LinkedHashMap<>();
    organization.put("@type", "Organization");
    organization.put("name", text(page.organization()));
    putIfPresent(organization, "url", page.organizationWebsite());
    service.put("provider", organization);
    putIfPresent(service, "areaServed", page.areasServed().isEmpty() ? null : page.areasServed());
    putIfPresent(
        service, "availableLanguage", page.languages().isEmpty() ? null : page.languages());
    List<Object> channels = new ArrayList<>();
    for (ServicePage.Place place : page.places()) {
      if (place.address() != null) {
        Map<String, Object> location = new LinkedHashMap<>();
        location.put("@type", "Place");
        location.put("address", place.address());
        if (place.onMap()) {
          location.put(
              "geo",
              Map.of(
                  "@type", "GeoCoordinates",
                  "latitude", place.latitude(),
                  "longitude", place.longitude()));
        }
        channels.add(Map.of("@type", "ServiceChannel", "serviceLocation", location));
      }
    }
    page.phones()
        .forEach(p -> channels.add(Map.of("@type", "ServiceChannel", "servicePhone", p.number())));
    putIfPresent(service, "availableChannel", channels.isEmpty() ? null : channels);
    return json.writeValueAsString(service).replace("</", "<\\/");
  }

  private static String text(Text text) {
    return text == null ? null : text.value();
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}
