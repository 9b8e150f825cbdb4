package ca.repere.geography;

/** One of the 17 administrative regions of Québec ("01" to "17"). */
public record Region(String code, String name, int population) {}
