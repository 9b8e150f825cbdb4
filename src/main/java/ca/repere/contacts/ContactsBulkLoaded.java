package ca.repere.contacts;

/**
 * Published, inside the loading transaction, after contacts were written in bulk (demo data, scale
 * data) without a {@link ContactRecorded} each: consumers rebuild what they derive from contacts.
 *
 * @param contacts how many contacts the load wrote (negative: how many it removed)
 */
public record ContactsBulkLoaded(long contacts) {}
