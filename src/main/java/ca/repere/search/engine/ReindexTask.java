package ca.repere.search.engine;

import ca.repere.directory.Directory;
import ca.repere.platform.Progress;
import java.lang.management.ManagementFactory;
import java.util.concurrent.Callable;
import org.apache.lucene.store.LockObtainFailedException;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;

/**
 * {@code reindex}: rebuilds this node's search index from the directory. When a running server
 * holds the index, asks every node (through the change log) to rebuild instead.
 */
@Component
@Command(
    name = "reindex",
    description = "Rebuild the search index from the directory",
    mixinStandardHelpOptions = true)
class ReindexTask implements Callable<Integer> {

  private final SearchIndex index;
  private final Directory directory;

  ReindexTask(SearchIndex index, Directory directory) {
    this.index = index;
    this.directory = directory;
  }

  @Override
  public Integer call() {
    try {
      index.open(false); // rebuilt just below, not twice
    } catch (RuntimeException e) {
      if (e.getCause() instanceof LockObtainFailedException) {
        directory.announceBulkChange();
        System.out.println(
            "The index is in use by a running server: asked every node to rebuild its index.");
        return 0;
      }
      throw e;
    }
    Progress progress = new Progress("reindex", directory.countServices(), System.out);
    long[] done = {0};
    long started = System.nanoTime();
    long cpuBefore = processCpuNanos();
    index.rebuild(
        count -> {
          progress.advance(count - done[0]);
          done[0] = count;
        });
    System.out.printf(
        "Search index rebuilt: %d documents, up to change %d, in %.1f s.%n",
        index.documentCount(), index.sequence(), (System.nanoTime() - started) / 1e9);
    // on a shared machine the elapsed time says more about the others' load than about the rebuild
    System.out.printf(
        "Rebuild CPU time (this process, all threads): %.1f s.%n",
        (processCpuNanos() - cpuBefore) / 1e9);
    return 0;
  }

  private static long processCpuNanos() {
    return ManagementFactory.getOperatingSystemMXBean()
            instanceof com.sun.management.OperatingSystemMXBean os
        ? os.getProcessCpuTime()
        : 0;
  }
}
