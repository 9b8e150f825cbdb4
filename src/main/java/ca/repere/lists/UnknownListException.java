package ca.repere.lists;

/** No list with that id or token, or one the caller may not see. */
public class UnknownListException extends RuntimeException {

  public UnknownListException(String what) {
    super("No resource list " + what);
  }
}
