package ca.repere.directory;

import java.util.UUID;

/** HSDS address of a location. */
public record Address(
    UUID id,
    UUID locationId,
    String attention,
    String address1,
    String address2,
    String city,
    String region,
    String stateProvince,
    String postalCode,
    String country,
    String addressType) {

  public String oneLine() {
    StringBuilder line = new StringBuilder(address1);
    if (address2 != null && !address2.isBlank()) {
      line.append(", ").append(address2);
    }
    line.append(", ").append(city);
    if (postalCode != null && !postalCode.isBlank()) {
      line.append(" (Québec) ").append(postalCode);
    }
    return line.toString();
  }
}
