package ca.repere.hsds.web;

/** No public record with that id. */
class NotFound extends RuntimeException {
  NotFound(String id) {
    super(id);
  }
}
