package ca.repere.hsds.web;

/** A query parameter the API cannot use. */
class BadParameter extends RuntimeException {

  private final String parameter;

  BadParameter(String parameter, String value) {
    super(value);
    this.parameter = parameter;
  }

  String parameter() {
    return parameter;
  }
}
