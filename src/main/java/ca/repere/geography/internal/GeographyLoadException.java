package ca.repere.geography.internal;

/** A geography file is missing or has a bad value; says which file and which line. */
class GeographyLoadException extends RuntimeException {

  private final String file;
  private final long line;

  GeographyLoadException(String file, long line, String problem) {
    super(line > 0 ? file + ", line " + line + ": " + problem : file + ": " + problem);
    this.file = file;
    this.line = line;
  }

  String file() {
    return file;
  }

  long line() {
    return line;
  }
}
