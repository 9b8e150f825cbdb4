package ca.repere.curation;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.hsds.HsdsImport;
import ca.repere.hsds.ImportOptions;
import ca.repere.hsds.ImportReport;
import ca.repere.shared.Lang;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The HSDS import for administrators, from uploaded files: a dry run first, whose report is shown,
 * then the import itself once confirmed. Both go through the hsds module's import, so the same
 * checks apply as for the {@code import} task; nothing is written unless the whole upload is valid.
 */
@Service
public class ImportUploads {

  /** A file as uploaded: its name (.json, .ndjson or .jsonl) and content. */
  public record UploadedFile(String name, byte[] content) {}

  private final JdbcClient jdbc;
  private final HsdsImport hsdsImport;
  private final AuditLog audit;

  ImportUploads(JdbcClient jdbc, HsdsImport hsdsImport, AuditLog audit) {
    this.jdbc = jdbc;
    this.hsdsImport = hsdsImport;
    this.audit = audit;
  }

  /** Keeps the files and runs the dry run; returns the upload's id and the report. */
  public Prepared dryRun(
      CurrentUser admin, List<UploadedFile> files, Lang dataLang, Locale locale) {
    requireAdministrator(admin);
    jdbc.sql("DELETE FROM curation.import_upload WHERE uploaded_at < now() - interval '1 day'")
        .update();
    UUID id = UUID.randomUUID();
    for (UploadedFile file : files) {
      jdbc.sql(
              "INSERT INTO curation.import_upload (id, file_name, content, uploaded_by)"
                  + " VALUES (?, ?, ?, ?)")
          .params(id, safeName(file.name()), file.content(), admin.email())
          .update();
    }
    return new Prepared(id, run(id, dataLang, locale, true, admin));
  }

  /** Imports the upload for real (after its dry run), then forgets its files. */
  public ImportReport confirm(CurrentUser admin, UUID id, Lang dataLang, Locale locale) {
    requireAdministrator(admin);
    ImportReport report = run(id, dataLang, locale, false, admin);
    if (report.written()) {
      jdbc.sql("DELETE FROM curation.import_upload WHERE id = ?").param(id).update();
      audit.record(
          admin.email(), "curation.import", id.toString(), report.services() + " services");
    }
    return report;
  }

  public record Prepared(UUID id, ImportReport report) {}

  private ImportReport run(
      UUID id, Lang dataLang, Locale locale, boolean dryRun, CurrentUser admin) {
    Path dir = null;
    try {
      dir = Files.createTempDirectory("repere-import-");
      List<UploadedFile> files =
          jdbc.sql("SELECT file_name, content FROM curation.import_upload WHERE id = ?")
              .param(id)
              .query((rs, i) -> new UploadedFile(rs.getString(1), rs.getBytes(2)))
              .list();
      for (UploadedFile file : files) {
        Files.write(dir.resolve(file.name()), file.content());
      }
      return hsdsImport.run(dir, new ImportOptions(dataLang, dryRun, locale, null, admin.email()));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      delete(dir);
    }
  }

  /** Only the file's own name, in safe characters: never a path. */
  static String safeName(String name) {
    String base = name == null ? "" : Path.of(name.replace('\\', '/')).getFileName().toString();
    String clean = base.replaceAll("[^A-Za-z0-9._ -]", "_");
    if (clean.isBlank() || clean.startsWith(".")) {
      clean = "upload" + clean;
    }
    return clean.length() > 200 ? clean.substring(clean.length() - 200) : clean;
  }

  private static void requireAdministrator(CurrentUser user) {
    if (user == null || !user.has(Role.ADMINISTRATOR)) {
      throw new AccessDeniedException("Requires the role " + Role.ADMINISTRATOR);
    }
  }

  private static void delete(Path dir) {
    if (dir == null) {
      return;
    }
    try (Stream<Path> paths = Files.walk(dir)) {
      paths.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // a temporary folder left behind is cleaned by the system
    }
  }
}
