package ca.repere.contacts;

import java.util.List;

/** A contact that cannot be saved, with every problem found; nothing was saved. */
public class InvalidContactException extends RuntimeException {

  private final List<FieldProblem> problems;

  public InvalidContactException(List<FieldProblem> problems) {
    super("Invalid contact: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<FieldProblem> problems() {
    return problems;
  }

  /**
   * A problem with one form field.
   *
   * @param field the form field's name ("place", "needs")
   * @param messageKey the message (contacts bundle) explaining it, with its arguments
   */
  public record FieldProblem(String field, String messageKey, List<String> arguments) {

    public FieldProblem {
      arguments = List.copyOf(arguments);
    }
  }
}
