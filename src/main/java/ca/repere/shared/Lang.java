package ca.repere.shared;

import java.util.Locale;

/** The two languages of Repère. French comes first: it is the default everywhere. */
public enum Lang {
  FR,
  EN;

  public static final Lang DEFAULT = FR;

  public String code() {
    return name().toLowerCase(Locale.ROOT);
  }

  public Lang other() {
    return this == FR ? EN : FR;
  }

  public Locale locale() {
    return this == FR ? Locale.CANADA_FRENCH : Locale.CANADA;
  }

  public static Lang of(Locale locale) {
    return locale != null && "en".equals(locale.getLanguage()) ? EN : FR;
  }

  /** Parses "fr", "en", "fr-CA", "en_US"…; anything else is French. */
  public static Lang parse(String value) {
    return value != null && value.trim().toLowerCase(Locale.ROOT).startsWith("en") ? EN : FR;
  }

  /** Strict variant for APIs: unknown values are an error rather than a silent default. */
  public static Lang parseStrict(String value) {
    return switch (value == null ? "" : value.trim().toLowerCase(Locale.ROOT)) {
      case "fr", "fr-ca" -> FR;
      case "en", "en-ca" -> EN;
      default -> throw new IllegalArgumentException("lang must be fr or en, got '" + value + "'");
    };
  }
}
