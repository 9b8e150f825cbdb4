package ca.repere.insights.figures;

/** What is counted. Contacts per category do not add up to all contacts (several needs). */
public enum Measure {
  CONTACTS,
  NEEDS,
  UNMET
}
