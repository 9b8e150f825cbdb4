package ca.repere.search.engine;

import ca.repere.directory.ChangeLog;
import ca.repere.directory.ChangeLog.Change;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntConsumer;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.FSDirectory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Lucene index of public services, in {@code <repere.data-dir>/index}. It is derived data: it
 * applies the directory's change log in order and records, in each commit, the last sequence it
 * applied (and which change that was, to notice a database that was replaced). A missing, corrupt
 * or foreign index is rebuilt from the directory.
 */
@Component
public class SearchIndex implements AutoCloseable {

  private static final Logger log = LoggerFactory.getLogger(SearchIndex.class);
  static final String SEQUENCE = "repere.sequence";
  static final String SEQUENCE_CHANGE = "repere.sequence-change";

  /** The layout of the documents; an index of another layout is rebuilt. */
  static final String FORMAT = "repere.format";

  static final String CURRENT_FORMAT = "5";
  private static final int BATCH = 500;

  /** Services read from the directory at once during a rebuild. */
  private static final int REBUILD_BATCH = 2_000;

  /** An index this large is merged into one segment when a rebuild left it in several. */
  private static final int MERGE_FROM_DOCS = 20_000;

  /** The writer's buffer: large, so a rebuild flushes few segments. */
  private static final double RAM_BUFFER_MB = 64;

  private final Path path;
  private final Directory directory;
  private final ChangeLog changeLog;
  private final ServiceDocuments documents;
  private final TaxonomyCatalog taxonomy;
  private final ConceptDictionary concepts;
  private final Clock clock;

  private FSDirectory store;
  private volatile IndexWriter writer;
  private volatile SearcherManager searchers;
  private volatile long sequence;

  SearchIndex(
      @Value("${repere.data-dir}") String dataDir,
      Directory directory,
      ChangeLog changeLog,
      ServiceDocuments documents,
      TaxonomyCatalog taxonomy,
      ConceptDictionary concepts,
      Optional<Clock> clock) {
    this.path = Path.of(dataDir).resolve("index");
    this.directory = directory;
    this.changeLog = changeLog;
    this.documents = documents;
    this.taxonomy = taxonomy;
    this.concepts = concepts;
    this.clock = clock.orElse(Clock.systemUTC());
  }

  /**
   * Searchers without Lucene's query cache: every search consulted it for each of its clauses under
   * one lock (50 concurrent searches spent more time waiting for it than searching), and the engine
   * keeps what is worth keeping itself ({@link WordClauses}, {@link FilterBits}).
   */
  private static final SearcherFactory UNCACHED =
      new SearcherFactory() {
        @Override
        public IndexSearcher newSearcher(IndexReader reader, IndexReader previous) {
          IndexSearcher searcher = new IndexSearcher(reader);
          searcher.setQueryCache(null);
          return searcher;
        }
      };

  /** Opens the index, rebuilding it when missing, unreadable or from another database. */
  public synchronized void open() {
    open(true);
  }

  /**
   * Opens the index; when {@code rebuildIfStale} is false a stale index is left as it is (the
   * caller is about to rebuild it). Returns whether the index was rebuilt.
   */
  synchronized boolean open(boolean rebuildIfStale) {
    if (writer != null) {
      return false;
    }
    try {
      Files.createDirectories(path);
      store = FSDirectory.open(path);
      boolean usable = isUsable();
      writer =
          new IndexWriter(
              store,
              new IndexWriterConfig(Analyzers.INDEXING)
                  .setRAMBufferSizeMB(RAM_BUFFER_MB)
                  // a flushed segment is merged soon: not worth copying into a compound file first
                  .setUseCompoundFile(false));
      searchers =
          new SearcherManager(HeapNorms.of(DirectoryReader.open(writer, true, false)), UNCACHED);
      if (!usable && rebuildIfStale) {
        log.info("Search index at {} is missing or stale: rebuilding it", path);
        try {
          rebuild(n -> {});
        } catch (RuntimeException e) {
          abandon(); // the next open starts over, not from a half-rebuilt writer
          throw e;
        }
        return true;
      }
      if (usable) {
        sequence = storedSequence();
        catchUp();
        mergeWhenScattered();
      }
      return false;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Drops what the writer did since its last commit and closes it. */
  private void abandon() throws IOException {
    searchers.close();
    writer.rollback();
    store.close();
    searchers = null;
    writer = null;
  }

  private boolean isUsable() {
    try {
      if (!DirectoryReader.indexExists(store)) {
        return false;
      }
      try (DirectoryReader reader = DirectoryReader.open(store)) {
        Map<String, String> data = reader.getIndexCommit().getUserData();
        String seq = data.get(SEQUENCE);
        if (seq == null || !CURRENT_FORMAT.equals(data.get(FORMAT))) {
          return false;
        }
        long s = Long.parseLong(seq);
        return s <= changeLog.last() && describe(s).equals(data.get(SEQUENCE_CHANGE));
      }
    } catch (IOException | RuntimeException e) {
      log.warn("Search index at {} cannot be read ({}): it will be rebuilt", path, e.toString());
      deleteQuietly();
      return false;
    }
  }

  private long storedSequence() throws IOException {
    for (Map.Entry<String, String> e : writer.getLiveCommitData()) {
      if (e.getKey().equals(SEQUENCE)) {
        return Long.parseLong(e.getValue());
      }
    }
    return 0;
  }

  /** Identifies the change at a sequence, so an index built on another database is noticed. */
  private String describe(long seq) {
    if (seq == 0) {
      return "none";
    }
    return changeLog.after(seq - 1, 1).stream()
        .filter(c -> c.seq() == seq)
        .map(c -> c.kind() + ":" + c.recordId())
        .findFirst()
        .orElse("missing");
  }

  private void deleteQuietly() {
    try (var files = Files.list(path)) {
      for (Path file : files.toList()) {
        Files.deleteIfExists(file);
      }
    } catch (IOException ignored) {
      // the writer will report what it cannot do
    }
  }

  public long sequence() {
    return sequence;
  }

  /** Applies every change committed since the last one applied; returns how many. */
  public synchronized int catchUp() {
    int applied = 0;
    List<Change> changes;
    while (!(changes = changeLog.after(sequence, BATCH)).isEmpty()) {
      apply(changes);
      applied += changes.size();
    }
    return applied;
  }

  private void apply(List<Change> changes) {
    Set<UUID> services = new LinkedHashSet<>();
    boolean rebuild = false;
    for (Change change : changes) {
      switch (change.kind()) {
        case SERVICE -> services.add(change.recordId());
        case ORGANIZATION -> services.addAll(directory.serviceIdsOfOrganization(change.recordId()));
        case LOCATION -> services.addAll(directory.serviceIdsAtLocation(change.recordId()));
        case TAXONOMY, ALL -> rebuild = true;
      }
    }
    long last = changes.get(changes.size() - 1).seq();
    if (rebuild) {
      rebuildUpTo(last, n -> {});
    } else {
      reindex(services);
      commit(last);
    }
  }

  /** Rebuilds the whole index from the directory; {@code progress} receives services done. */
  public synchronized void rebuild(IntConsumer progress) {
    rebuildUpTo(changeLog.last(), progress);
    catchUp();
  }

  /**
   * Reads the directory in large batches (a handful of set-based queries each) on this thread while
   * a pool turns the previous batch into documents and adds them to the writer (which takes
   * documents from several threads at once).
   */
  private void rebuildUpTo(long seq, IntConsumer progress) {
    taxonomy.reload();
    concepts.reload();
    int threads = indexingThreads();
    ExecutorService pool = Executors.newFixedThreadPool(threads, indexingThreadFactory());
    try {
      writer.deleteAll();
      List<UUID> ids = directory.serviceIds();
      LocalDate today = today();
      List<Future<?>> inFlight = new ArrayList<>();
      for (int from = 0; from < ids.size(); from += REBUILD_BATCH) {
        List<CompiledService> services =
            directory.services(ids.subList(from, Math.min(ids.size(), from + REBUILD_BATCH)));
        await(inFlight); // at most one batch indexing while the next one is read
        inFlight.clear();
        int chunk = (services.size() + threads - 1) / threads;
        for (int c = 0; c < services.size(); c += chunk) {
          List<CompiledService> part = services.subList(c, Math.min(services.size(), c + chunk));
          inFlight.add(
              pool.submit(
                  () -> {
                    for (CompiledService service : part) {
                      writer.addDocuments(documents.of(service, today));
                    }
                    return null;
                  }));
        }
        if (from > 0) {
          progress.accept(from);
        }
      }
      await(inFlight);
      inFlight.clear();
      // the last buffered documents (up to the RAM buffer) are written on every thread, not by the
      // single thread of the commit below
      for (int t = 0; t < threads; t++) {
        inFlight.add(
            pool.submit(
                () -> {
                  while (writer.flushNextBuffer()) {
                    // one in-memory segment written per turn
                  }
                  return null;
                }));
      }
      await(inFlight);
      progress.accept(ids.size());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      pool.shutdownNow();
    }
    commit(seq);
    mergeWhenScattered();
  }

  /**
   * Merges a large index left in several segments (a rebuild writes one per thread and buffer) into
   * one, in the background: a search looks each of its words up and walks its matches once per
   * segment, and one segment made searches about a fifth cheaper at 100,000 services. Searches go
   * on meanwhile and see the merged segment when it is done; it is durable once committed.
   */
  private void mergeWhenScattered() {
    IndexWriter merging = writer;
    if (withSearcher(
        s ->
            s.getIndexReader().leaves().size() <= 1
                || s.getIndexReader().maxDoc() < MERGE_FROM_DOCS)) {
      return;
    }
    Thread merge =
        new Thread(
            () -> {
              try {
                merging.forceMerge(1);
                synchronized (this) {
                  if (writer == merging) {
                    searchers.maybeRefreshBlocking();
                    merging.commit(); // the same last applied change: catching up holds this lock
                  }
                }
              } catch (IOException | RuntimeException e) {
                // closed or rebuilt meanwhile: the segments stay as they were
                log.debug("Search index merge abandoned: {}", e.toString());
              }
            },
            "search-merge");
    merge.setDaemon(true);
    merge.start();
  }

  private static int indexingThreads() {
    return Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));
  }

  private static ThreadFactory indexingThreadFactory() {
    AtomicInteger count = new AtomicInteger();
    return r -> {
      Thread thread = new Thread(r, "search-rebuild-" + count.incrementAndGet());
      thread.setDaemon(true);
      return thread;
    };
  }

  private static void await(List<Future<?>> futures) throws IOException {
    for (Future<?> future : futures) {
      try {
        future.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("index rebuild interrupted", e);
      } catch (ExecutionException e) {
        if (e.getCause() instanceof IOException io) {
          throw io;
        }
        throw new IllegalStateException("index rebuild failed: " + e.getCause(), e.getCause());
      }
    }
  }

  private void reindex(Collection<UUID> serviceIds) {
    try {
      for (UUID id : serviceIds) {
        writer.deleteDocuments(new Term(Fields.SERVICE_ID, id.toString()));
      }
      for (CompiledService service : directory.services(new ArrayList<>(serviceIds))) {
        writer.addDocuments(documents.of(service, today()));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private void commit(long seq) {
    try {
      writer.setLiveCommitData(
          Map.of(
                  SEQUENCE,
                  Long.toString(seq),
                  SEQUENCE_CHANGE,
                  describe(seq),
                  FORMAT,
                  CURRENT_FORMAT)
              .entrySet());
      // searchable first (a near-real-time reader of the writer), durable next: the fsync of a
      // commit can take a second on a busy disk, and a crash before it only replays the changes
      searchers.maybeRefreshBlocking();
      writer.commit();
      sequence = seq;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  LocalDate today() {
    return LocalDate.now(clock.withZone(OpeningHours.QUEBEC));
  }

  /** Runs {@code work} on a searcher of the latest applied changes. */
  <T> T withSearcher(SearcherWork<T> work) {
    if (searchers == null) {
      open(); // searches never wait for a rebuild once the index is open: they see the last commit
    }
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.on(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  interface SearcherWork<T> {
    T on(IndexSearcher searcher) throws IOException;
  }

  boolean isOpen() {
    return writer != null;
  }

  Path path() {
    return path;
  }

  @Override
  public synchronized void close() throws IOException {
    if (writer != null) {
      searchers.close();
      writer.close();
      store.close();
      writer = null;
    }
  }

  int documentCount() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }
}
