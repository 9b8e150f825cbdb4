package ca.repere.contacts;

import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ResponseStatus;

/** No contact has this id. */
@ResponseStatus(HttpStatus.NOT_FOUND)
public class NoSuchContactException extends RuntimeException {

  public NoSuchContactException(UUID id) {
    super("No contact " + id);
  }
}
