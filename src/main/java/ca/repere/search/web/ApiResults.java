package ca.repere.search.web;

import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.annotation.JsonNaming;

/** The JSON of {@code GET /api/v1/search} (snake_case, documented in docs/api.md). */
@JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
record ApiResults(
    long total,
    int page,
    int size,
    boolean relaxed,
    List<String> relaxations,
    Near near,
    List<String> interpretedNeeds,
    List<Result> results,
    Map<String, Map<String, Long>> facets) {

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Near(
      String type,
      String code,
      String name,
      Double latitude,
      Double longitude,
      String municipalityCode,
      String mrcCode,
      String regionCode) {}

  @JsonNaming(PropertyNamingStrategies.SnakeCaseStrategy.class)
  record Result(
      UUID serviceId,
      UUID serviceAtLocationId,
      UUID locationId,
      String name,
      Organization organization,
      Double distanceKm,
      boolean servesLocation,
      boolean mayServeLocation,
      String address,
      boolean confidentialAddress,
      boolean provinceWideByPhone,
      String territory,
      Point point,
      List<Phone> phones,
      List<Category> categories,
      Boolean openNow,
      OffsetDateTime nextOpening,
      List<String> languages,
      boolean free,
      String cost,
      String eligibility,
      String alert,
      String url) {}

  record Organization(UUID id, String name) {}

  record Point(double latitude, double longitude) {}

  record Phone(String number, String extension, String type) {}

  record Category(String code, String name) {}
}
