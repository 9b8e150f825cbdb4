package ca.repere.curation;

import java.util.List;

/** A submission refused as a whole: nothing was changed. */
public class InvalidSubmissionException extends RuntimeException {

  private final List<Problem> problems;

  public InvalidSubmissionException(List<Problem> problems) {
    super("Invalid submission: " + problems);
    this.problems = List.copyOf(problems);
  }

  public List<Problem> problems() {
    return problems;
  }
}
