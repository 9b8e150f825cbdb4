package ca.repere.shared;

/**
 * A text people read, in French and in English. Either may be empty; {@link #in(Lang)} falls back
 * to the other language and {@link #isFallback(Lang)} tells when it did, so a page can mark it.
 */
public record LocalizedText(String fr, String en) {

  public static final LocalizedText EMPTY = new LocalizedText(null, null);

  public LocalizedText {
    fr = blankToNull(fr);
    en = blankToNull(en);
  }

  public static LocalizedText of(String fr, String en) {
    return new LocalizedText(fr, en);
  }

  public static LocalizedText fr(String fr) {
    return new LocalizedText(fr, null);
  }

  public String exactly(Lang lang) {
    return lang == Lang.FR ? fr : en;
  }

  public String in(Lang lang) {
    String value = exactly(lang);
    return value != null ? value : exactly(lang.other());
  }

  public boolean isFallback(Lang lang) {
    return exactly(lang) == null && exactly(lang.other()) != null;
  }

  public boolean isEmpty() {
    return fr == null && en == null;
  }

  public LocalizedText with(Lang lang, String value) {
    return lang == Lang.FR ? new LocalizedText(value, en) : new LocalizedText(fr, value);
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
