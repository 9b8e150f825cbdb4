package ca.repere.curation.web;

import ca.repere.directory.NoSuchRecordException;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ResponseStatus;

/** A record that does not exist is a 404 on the curation pages, not an error. */
@ControllerAdvice(basePackageClasses = CurationErrors.class)
class CurationErrors {

  @ExceptionHandler(NoSuchRecordException.class)
  @ResponseStatus(HttpStatus.NOT_FOUND)
  String notFound() {
    return "error";
  }
}
