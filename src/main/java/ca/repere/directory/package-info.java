/**
 * The directory of community services: HSDS 3.0 organizations, services, locations and their
 * details in French and English, their lifecycle (draft, published, withdrawn), verification, full
 * history, and the change log that search and every other node follow.
 */
@org.springframework.modulith.ApplicationModule
package ca.repere.directory;
