package ca.repere.hsds.tabular;

import com.networknt.org.apache.commons.validator.routines.EmailValidator;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Values of legacy exports (HSDS 1.1, Ohana) made acceptable to HSDS 3.0: web addresses without
 * their scheme ("www.example.org") get one; an e-mail address or a web address the HSDS schema
 * would still reject is left out rather than failing the whole import (these formats never checked
 * them).
 */
final class LegacyValues {

  private static final Pattern SCHEME = Pattern.compile("(?i)^[a-z][a-z0-9+.-]*://.*");

  private LegacyValues() {}

  static Optional<String> email(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String email = value.strip();
    return EmailValidator.getInstance(true, true).isValid(email) && email.length() <= 254
        ? Optional.of(email)
        : Optional.empty();
  }

  static Optional<String> url(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String url = value.strip();
    if (!SCHEME.matcher(url).matches()) {
      url = "http://" + url;
    }
    try {
      URI uri = new URI(url);
      return uri.getHost() == null ? Optional.empty() : Optional.of(url);
    } catch (URISyntaxException e) {
      return Optional.empty();
    }
  }
}
