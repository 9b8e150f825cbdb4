package ca.repere.site.web;

import java.util.regex.Pattern;
import org.springframework.validation.Errors;

/** Checks shared by the public forms. */
final class FormChecks {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

  private FormChecks() {}

  static String trimmed(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }

  static void email(Errors errors, String field, String value) {
    if (value != null && (value.length() > 320 || !EMAIL.matcher(value).matches())) {
      errors.rejectValue(field, "report.email.invalid");
    }
  }

  static void maxLength(Errors errors, String field, String value, int max) {
    if (value != null && value.length() > max) {
      errors.rejectValue(field, "report.too-long", new Object[] {max}, null);
    }
  }
}
