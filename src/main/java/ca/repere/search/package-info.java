/**
 * Public directory search: a Lucene index of published services, kept current by following the
 * directory's change log, with French/English query understanding, nearness, coverage and opening
 * hours. {@link ca.repere.search.Search} is the module's API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package ca.repere.search;
