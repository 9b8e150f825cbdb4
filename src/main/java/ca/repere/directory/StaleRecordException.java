package ca.repere.directory;

import java.util.UUID;

/** Someone else saved the record since it was read: the edit would overwrite their change. */
public class StaleRecordException extends RuntimeException {

  public StaleRecordException(String type, UUID id, int expected, int actual) {
    super(
        "The "
            + type
            + " "
            + id
            + " was changed by someone else (version "
            + actual
            + ", edit based on "
            + expected
            + "): reload it and apply your change again.");
  }
}
