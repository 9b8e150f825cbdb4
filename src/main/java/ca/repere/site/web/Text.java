package ca.repere.site.web;

import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;

/**
 * A text as a page shows it: in the person's language, or in the other one when that is all there
 * is — then {@code fallback} is true and {@code lang} is the language the text is really in, so the
 * template marks it and sets the {@code lang} attribute.
 */
record Text(String value, String lang, boolean fallback) {

  static Text of(LocalizedText text, Lang lang) {
    if (text == null || text.isEmpty()) {
      return null;
    }
    boolean fallback = text.isFallback(lang);
    return new Text(text.in(lang), (fallback ? lang.other() : lang).code(), fallback);
  }

  @Override
  public String toString() {
    return value;
  }
}
