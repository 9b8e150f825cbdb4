package ca.repere.hsds.web;

import java.util.Locale;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Errors of the HSDS API as JSON: 404 for unknown ids, 400 for parameters it cannot use. */
@RestControllerAdvice(assignableTypes = HsdsApiController.class)
class HsdsApiErrors {

  private final MessageSource messages;

  HsdsApiErrors(MessageSource messages) {
    this.messages = messages;
  }

  @ExceptionHandler
  ResponseEntity<ObjectNode> notFound(NotFound e, Locale locale) {
    return error(HttpStatus.NOT_FOUND, "hsds.api.error.not-found", locale, e.getMessage());
  }

  @ExceptionHandler
  ResponseEntity<ObjectNode> badParameter(BadParameter e, Locale locale) {
    return error(
        HttpStatus.BAD_REQUEST,
        "hsds.api.error.bad-parameter",
        locale,
        e.parameter(),
        e.getMessage());
  }

  @ExceptionHandler
  ResponseEntity<ObjectNode> typeMismatch(MethodArgumentTypeMismatchException e, Locale locale) {
    return error(
        HttpStatus.BAD_REQUEST,
        "hsds.api.error.bad-parameter",
        locale,
        e.getName(),
        String.valueOf(e.getValue()));
  }

  @ExceptionHandler
  ResponseEntity<ObjectNode> missing(MissingServletRequestParameterException e, Locale locale) {
    return error(
        HttpStatus.BAD_REQUEST, "hsds.api.error.bad-parameter", locale, e.getParameterName(), "");
  }

  private ResponseEntity<ObjectNode> error(
      HttpStatus status, String key, Locale locale, Object... args) {
    ObjectNode body = JsonNodeFactory.instance.objectNode();
    body.put("status", status.value());
    body.put("error", status.getReasonPhrase());
    body.put("message", messages.getMessage(key, args, key, locale));
    // always JSON, whatever the client accepts: an error must never turn into a 500 because the
    // Accept header asked for HTML, CSV or XML
    return ResponseEntity.status(status)
        .contentType(org.springframework.http.MediaType.APPLICATION_JSON)
        .body(body);
  }
}
