package ca.repere.hsds.mapping;

import java.math.BigDecimal;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/** Small readers and writers of JSON values that leave out what is missing. */
final class Json {

  private Json() {}

  static String text(JsonNode node, String field) {
    JsonNode value = node.path(field);
    if (value.isMissingNode() || value.isNull()) {
      return null;
    }
    String text = value.isString() ? value.stringValue() : value.toString();
    return text.isBlank() ? null : text.strip();
  }

  static void put(ObjectNode node, String field, String value) {
    if (value != null) {
      node.put(field, value);
    }
  }

  private static final java.util.regex.Pattern MAILBOX =
      java.util.regex.Pattern.compile(
          "[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*"
              + "@[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?(\\.[A-Za-z0-9]([A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");

  /**
   * An e-mail address HSDS's schema accepts (an RFC 5321 mailbox: domain labels of at most 63
   * characters); one it would reject is left out rather than published as invalid HSDS.
   */
  static void putEmail(ObjectNode node, String field, String value) {
    if (value != null
        && value.length() <= 254
        && MAILBOX.matcher(value).matches()
        // the very check the HSDS schema's "email" format runs (json-schema-validator's)
        && com.networknt.org.apache.commons.validator.routines.EmailValidator.getInstance(
                true, true)
            .isValid(value)) {
      node.put(field, value);
    }
  }

  static void put(ObjectNode node, String field, Object value) {
    if (value == null) {
      return;
    }
    if (value instanceof Integer i) {
      node.put(field, i);
    } else if (value instanceof Double d) {
      node.put(field, d);
    } else if (value instanceof BigDecimal b) {
      node.put(field, b);
    } else {
      node.put(field, value.toString());
    }
  }
}
