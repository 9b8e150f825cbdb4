/**
 * Contact records: every call, chat, e-mail, text or visit, with the needs expressed (Repère's
 * taxonomy), the referrals given and the needs left unmet, readable on a need-to-know basis and
 * audited on every read. The module's API is this package; it leaves the module only as events
 * carrying ids and codes ({@link ca.repere.contacts.ContactRecorded}).
 */
@org.springframework.modulith.ApplicationModule(displayName = "Contacts")
package ca.repere.contacts;
