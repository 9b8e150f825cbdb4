package ca.repere.curation;

/** Text as people submit it, made safe to store: trimmed, without control characters. */
final class Texts {

  private Texts() {}

  /**
   * Null when blank; control characters other than line breaks and tabs removed (PostgreSQL refuses
   * NUL).
   */
  static String clean(String value) {
    if (value == null) {
      return null;
    }
    String kept = value.replaceAll("[\\p{Cntrl}&&[^\\n\\t]]", "");
    return kept.isBlank() ? null : kept.strip();
  }
}
