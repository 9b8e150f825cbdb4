package ca.repere.geography;

import java.util.List;

/**
 * What was typed is not a place we know. {@code suggestions} are the closest known place names,
 * best first, to offer as "did you mean".
 */
public class UnknownPlaceException extends RuntimeException {

  /** Message key (geography bundle) when there is no suggestion; argument: the input. */
  public static final String MESSAGE_KEY = "geography.unknown-place";

  /** Message key with suggestions; arguments: the input, the suggestions joined by ", ". */
  public static final String MESSAGE_KEY_WITH_SUGGESTIONS = "geography.unknown-place.suggestions";

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

  /** The key of the message to show the person, in the geography bundle. */
  public String messageKey() {
    return suggestions.isEmpty() ? MESSAGE_KEY : MESSAGE_KEY_WITH_SUGGESTIONS;
  }

  /** The arguments of {@link #messageKey()}. */
  public Object[] messageArguments() {
    return new Object[] {input, String.join(", ", suggestions)};
  }
}
