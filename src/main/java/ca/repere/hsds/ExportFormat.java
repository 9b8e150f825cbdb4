package ca.repere.hsds;

/**
 * HSDS export formats: one JSON array of compiled services, one service a line, or an HSDS 3.0
 * Tabular Data Package (CSV files and {@code datapackage.json}, in a folder or a zip).
 */
public enum ExportFormat {
  JSON,
  NDJSON,
  CSV
}
