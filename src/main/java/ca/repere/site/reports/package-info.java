/**
 * The reports people send from the website, as received: the curation module turns them into
 * curator tasks and closes them.
 */
@org.springframework.modulith.NamedInterface("reports")
package ca.repere.site.reports;
