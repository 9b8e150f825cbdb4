package ca.repere.contacts;

import java.util.UUID;

/** The centre and team a staff member works in (need-to-know rules). */
public record TeamPlacement(UUID userId, String centre, String team) {}
