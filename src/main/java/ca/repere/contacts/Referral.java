package ca.repere.contacts;

import java.util.UUID;

/**
 * A directory service the person was referred to.
 *
 * @param needCode the need it answers (taxonomy code), or null
 */
public record Referral(UUID serviceId, String needCode) {}
