package ca.repere.curation.web;

import ca.repere.curation.TaxonomyEditing;
import ca.repere.directory.NoSuchRecordException;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.ModelAndView;

/** The curation pages' errors: a record that does not exist, an upload that is not one. */
@ControllerAdvice(basePackageClasses = CurationErrors.class)
class CurationErrors {

  @ExceptionHandler({NoSuchRecordException.class, TaxonomyEditing.UnknownTermException.class})
  ModelAndView notFound() {
    return error(HttpStatus.NOT_FOUND);
  }

  @ExceptionHandler(MultipartException.class)
  ModelAndView badUpload() {
    return error(HttpStatus.BAD_REQUEST);
  }

  private static ModelAndView error(HttpStatus status) {
    return new ModelAndView("error", Map.of("status", status.value()), status);
  }
}
