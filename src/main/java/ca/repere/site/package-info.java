/** The public website, in French and English: home, search, service pages, reports, chat entry. */
@org.springframework.modulith.ApplicationModule
package ca.repere.site;
