package ca.repere.platform;

import java.io.PrintStream;

/** Progress of a long command-line task, printed at most once a second. */
public final class Progress {

  private final String label;
  private final long total;
  private final PrintStream out;
  private long done;
  private long lastPrint;

  public Progress(String label, long total, PrintStream out) {
    this.label = label;
    this.total = total;
    this.out = out;
  }

  public static Progress silent() {
    return new Progress("", 0, null);
  }

  public void advance(long count) {
    done += count;
    long now = System.currentTimeMillis();
    if (out != null && (now - lastPrint >= 1000 || done == total)) {
      lastPrint = now;
      if (total <= 0) {
        out.printf("%s: %d%n", label, done);
      } else {
        out.printf("%s: %d/%d (%d%%)%n", label, done, total, done * 100 / total);
      }
    }
  }
}
