package ca.repere.hsds;

import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.DirectoryQueries;
import ca.repere.directory.DirectoryQueries.ServiceFilter;
import ca.repere.directory.Taxonomy;
import ca.repere.hsds.importing.HsdsSchemas;
import ca.repere.hsds.mapping.ToHsds;
import ca.repere.hsds.tabular.PackageWriter;
import ca.repere.hsds.tabular.TabularImport;
import ca.repere.platform.Progress;
import ca.repere.shared.Lang;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the published services as HSDS 3.0 compiled services, streaming batch by batch. Only the
 * public view leaves: drafts, withdrawn and expired services, internal notes, private contacts,
 * intake lines and confidential addresses never do.
 */
@Service
public class HsdsExport {

  private static final int BATCH = 500;
  private static final ObjectMapper JSON = JsonMapper.builder().build();

  private final Directory directory;
  private final DirectoryQueries queries;
  private final HsdsSchemas schemas;

  HsdsExport(Directory directory, DirectoryQueries queries, HsdsSchemas schemas) {
    this.directory = directory;
    this.queries = queries;
    this.schemas = schemas;
  }

  /**
   * Exports to a file; returns the number of services written. CSV writes a folder at the path, or
   * a zip when the path ends with ".zip".
   */
  public long export(
      Path file, ExportFormat format, Lang lang, ServiceFilter filter, PrintStream progress) {
    if (format == ExportFormat.CSV && !file.getFileName().toString().endsWith(".zip")) {
      try (PackageWriter tables = new PackageWriter(TabularImport.schemas(schemas.dir()))) {
        long count = eachService(lang, filter, progress, tables::add);
        tables.writeTo(file);
        return count;
      }
    }
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      return export(out, format, lang, filter, progress);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Exports to a stream; CSV goes as a zip of the tabular package. */
  public long export(
      OutputStream out,
      ExportFormat format,
      Lang lang,
      ServiceFilter filter,
      PrintStream progress) {
    if (format == ExportFormat.CSV) {
      try (PackageWriter tables = new PackageWriter(TabularImport.schemas(schemas.dir()))) {
        long count = eachService(lang, filter, progress, tables::add);
        tables.writeZip(out);
        return count;
      }
    }
    try (JsonGenerator json = JSON.createGenerator(out)) {
      if (format == ExportFormat.JSON) {
        json.writeStartArray();
      }
      long written =
          eachService(
              lang,
              filter,
              progress,
              service -> {
                JSON.writeTree(json, service);
                if (format == ExportFormat.NDJSON) {
                  json.writeRaw('\n');
                }
              });
      if (format == ExportFormat.JSON) {
        json.writeEndArray();
      }
      return written;
    }
  }

  /** Hands each published service, as HSDS, to the consumer, batch by batch, in id order. */
  private long eachService(
      Lang lang, ServiceFilter filter, PrintStream progress, Consumer<ObjectNode> consumer) {
    long total = queries.countPublishedServices(filter);
    Progress shown = progress == null ? Progress.silent() : new Progress("HSDS", total, progress);
    ToHsds hsds = new ToHsds(lang, taxonomies());
    long written = 0;
    UUID last = null;
    while (true) {
      List<UUID> ids = queries.publishedServiceIdsAfter(filter, last, BATCH);
      if (ids.isEmpty()) {
        return written;
      }
      last = ids.get(ids.size() - 1);
      // in the order of the ids (the directory returns them in storage order)
      Map<UUID, Integer> rank = new HashMap<>();
      ids.forEach(id -> rank.putIfAbsent(id, rank.size()));
      List<CompiledService> page = new ArrayList<>(directory.services(ids));
      page.sort(Comparator.comparing(s -> rank.get(s.service().id())));
      for (CompiledService service : page) {
        consumer.accept(hsds.service(service.publicView()));
        written++;
      }
      shown.advance(ids.size());
    }
  }

  /**
   * Writes {@code services} as one JSON array of HSDS compiled services, in their order, each
   * through its public view (for callers holding their own selection, such as a resource list).
   */
  public void export(OutputStream out, Lang lang, List<CompiledService> services) {
    ToHsds hsds = new ToHsds(lang, taxonomies());
    try (JsonGenerator json = JSON.createGenerator(out)) {
      json.writeStartArray();
      for (CompiledService service : services) {
        JSON.writeTree(json, hsds.service(service.publicView()));
      }
      json.writeEndArray();
    }
  }

  Map<UUID, Taxonomy> taxonomies() {
    return directory.taxonomies().stream()
        .collect(Collectors.toMap(Taxonomy::id, Function.identity()));
  }
}
