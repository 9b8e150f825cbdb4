/**
 * Social analysis: rollups of contacts and needs by period, territory, need category, channel and
 * met or unmet (fed by contact events), turned into portraits for analysts, supervisors and the
 * public with small-cell suppression, so that no figure can expose a person.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Insights")
package ca.repere.insights;
