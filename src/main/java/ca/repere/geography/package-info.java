/**
 * Québec geography: municipalities, MRCs, regions and postal areas (FSA), read in place from the
 * folder named by {@code repere.geo-dir}; resolves what people type into a {@link
 * ca.repere.geography.Place} and answers whether a service area covers a place.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Geography")
package ca.repere.geography;
