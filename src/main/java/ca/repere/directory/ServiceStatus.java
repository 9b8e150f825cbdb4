package ca.repere.directory;

/** HSDS service status. Only active services are offered to the public. */
public enum ServiceStatus {
  ACTIVE,
  INACTIVE,
  DEFUNCT,
  TEMPORARILY_CLOSED;

  public String hsds() {
    return name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
  }

  public static ServiceStatus fromHsds(String value) {
    return valueOf(value.trim().toUpperCase(java.util.Locale.ROOT).replace(' ', '_'));
  }
}
