package ca.repere.directory;

import java.util.UUID;

/** A record asked for by id does not exist. */
public class NoSuchRecordException extends RuntimeException {

  public NoSuchRecordException(String type, UUID id) {
    super("No " + type + " with id " + id);
  }
}
