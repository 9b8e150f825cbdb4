package ca.repere.contacts.demo;

import java.time.YearMonth;

/**
 * What to generate: the same settings always give the same contacts. Three years of contacts end
 * with {@code lastMonth}, the last complete month.
 *
 * @param contacts how many contacts over the three years (about; seasonality rounds each month)
 * @param surge whether a pandemic-like surge (volumes nearly doubled for a few months, more mental
 *     health, food and income needs) happens in the first year
 */
record DemoContactSettings(long seed, long contacts, YearMonth lastMonth, boolean surge) {

  static final long DEFAULT_SEED = 211;
  static final long DEFAULT_CONTACTS = 45_000;
  static final int MONTHS = 36;

  DemoContactSettings {
    if (contacts < MONTHS) {
      throw new IllegalArgumentException(
          "--contacts must be at least " + MONTHS + ", got " + contacts);
    }
  }

  YearMonth firstMonth() {
    return lastMonth.minusMonths(MONTHS - 1);
  }

  /** The settings of the run command's demo: ends with the month before {@code today}'s. */
  static DemoContactSettings standard(YearMonth currentMonth) {
    return new DemoContactSettings(
        DEFAULT_SEED, DEFAULT_CONTACTS, currentMonth.minusMonths(1), true);
  }
}
