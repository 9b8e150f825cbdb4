/**
 * Keeping the directory true: organization self-service (access requests, edits and time-limited
 * projects as pending revisions), the curators' review, annual verification, and the public's
 * reports turned into curator tasks.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Curation")
package ca.repere.curation;
