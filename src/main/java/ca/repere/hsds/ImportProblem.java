package ca.repere.hsds;

/**
 * Something wrong in an import: the file, the line (the NDJSON line, or the line a JSON record
 * starts on; 0 when unknown), the field as a JSON pointer ("" for the whole record) and the reason,
 * in the user's language.
 */
public record ImportProblem(String file, long line, String pointer, String message) {}
