package ca.repere.curation;

import java.util.List;

/**
 * What is wrong with a submission: the field, a message key, and its arguments (a line number, the
 * value refused).
 */
public record Problem(String field, String messageKey, List<Object> arguments) {

  public Problem {
    arguments = List.copyOf(arguments);
  }

  static Problem of(String field, String messageKey, Object... arguments) {
    return new Problem(field, messageKey, List.of(arguments));
  }
}
