package ca.repere.geography.internal;

/** What the database copy keeps about a municipality beyond the public record. */
record MunicipalityDetails(String designation, String townHallPostalCode) {}
