package ca.repere.hsds;

/** HSDS export formats: one JSON array of compiled services, or one service a line. */
public enum ExportFormat {
  JSON,
  NDJSON
}
