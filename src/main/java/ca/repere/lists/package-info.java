/**
 * Resource lists that partners build from the directory (by hand or as a saved search), shared by
 * link or in public, printed, exported and embedded; always read live so they stay current.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Lists")
package ca.repere.lists;
