package ca.repere.directory.demo;

import java.time.LocalDate;

/**
 * What to generate: the same seed, count and day always give the same directory. {@code today}
 * places projects (some ended, some running) and verification dates.
 */
record DemoSettings(long seed, int services, LocalDate today) {

  static final long DEFAULT_SEED = 211;
  static final int DEFAULT_SERVICES = 600;
  static final int MINIMUM_SERVICES = 100;

  DemoSettings {
    if (services < MINIMUM_SERVICES) {
      throw new IllegalArgumentException(
          "--services must be at least " + MINIMUM_SERVICES + ", got " + services);
    }
  }
}
