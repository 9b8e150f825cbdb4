package ca.repere.geography;

import java.util.List;

/**
 * What was typed is not a place we know. {@code suggestions} are the closest known place names,
 * best first, to offer as "did you mean".
 */
public class UnknownPlaceException extends RuntimeException {

  private final String input;
  private final List<String> suggestions;

  public UnknownPlaceException(String input, List<String> suggestions) {
    super(
        "Unknown place: \""
            + input
            + "\""
            + (suggestions.isEmpty()
                ? ""
                : "; did you mean " + String.join(", ", suggestions) + "?"));
    this.input = input;
    this.suggestions = List.copyOf(suggestions);
  }

  public String input() {
    return input;
  }

  public List<String> suggestions() {
    return suggestions;
  }
}
