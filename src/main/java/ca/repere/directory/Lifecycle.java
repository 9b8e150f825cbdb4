package ca.repere.directory;

/** Our lifecycle of a record, beside HSDS's own status. Only published records are public. */
public enum Lifecycle {
  DRAFT,
  PUBLISHED,
  WITHDRAWN
}
