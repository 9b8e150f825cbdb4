package ca.repere.platform;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import javax.sql.DataSource;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.stereotype.Component;

/**
 * A consistent logical backup of every table of the application's schemas, taken inside one
 * repeatable-read transaction with PostgreSQL's binary COPY, in a zip: works the same for the
 * embedded database (which has no {@code pg_dump}) and an external one. A restore replaces all data
 * in one transaction — on any error nothing is changed — into a database migrated to the same
 * schema version.
 */
@Component
public class DatabaseBackup {

  static final String MANIFEST = "manifest.properties";
  private static final String SCHEMA_VERSION_KEY = "schema-version";

  private final DataSource dataSource;

  DatabaseBackup(DataSource dataSource) {
    this.dataSource = dataSource;
  }

  /** What a backup holds: the schema version and the row count of each table. */
  public record Summary(String schemaVersion, Map<String, Long> rows) {
    public long totalRows() {
      return rows.values().stream().mapToLong(Long::longValue).sum();
    }
  }

  public Summary backup(OutputStream target, Progress progress) {
    try (Connection connection = dataSource.getConnection();
        ZipOutputStream zip = new ZipOutputStream(target)) {
      connection.setAutoCommit(false);
      connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
      connection.setReadOnly(true);
      CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
      String version = schemaVersion(connection);
      List<String> tables = tables(connection);
      // The manifest comes first, so that a restore checks it before touching anything.
      Properties manifest = new Properties();
      manifest.setProperty(SCHEMA_VERSION_KEY, version);
      manifest.setProperty("created-at", Instant.now().toString());
      manifest.setProperty("tables", String.join(",", tables));
      sequences(connection)
          .forEach((name, value) -> manifest.setProperty("sequence." + name, value));
      zip.putNextEntry(new ZipEntry(MANIFEST));
      manifest.store(zip, "Repère backup");
      zip.closeEntry();
      Map<String, Long> rows = new LinkedHashMap<>();
      for (String table : tables) {
        zip.putNextEntry(new ZipEntry(table + ".copy"));
        long count = copy.copyOut("COPY " + table + " TO STDOUT (FORMAT binary)", zip);
        zip.closeEntry();
        rows.put(table, count);
        progress.advance(1);
      }
      connection.commit();
      return new Summary(version, rows);
    } catch (SQLException e) {
      throw new IllegalStateException("Backup failed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Backup failed: " + e.getMessage(), e);
    }
  }

  /**
   * Replaces every table's content with the backup's. The zip is read twice: first the manifest
   * (checked before anything is touched), then the tables.
   */
  public Summary restore(BackupSource source, Progress progress) {
    // Taking every table's exclusive lock can deadlock with a running node's readers; the restore
    // is all or nothing, so it is simply tried again.
    for (int attempt = 1; ; attempt++) {
      try {
        return restoreOnce(source, progress);
      } catch (IllegalStateException e) {
        boolean deadlock =
            e.getCause() instanceof SQLException sql && "40P01".equals(sql.getSQLState());
        if (!deadlock || attempt == 5) {
          throw e;
        }
      }
    }
  }

  private Summary restoreOnce(BackupSource source, Progress progress) {
    Properties manifest = readManifest(source);
    String version = manifest.getProperty(SCHEMA_VERSION_KEY);
    try (Connection connection = dataSource.getConnection()) {
      String current = schemaVersion(connection);
      if (!current.equals(version)) {
        throw new IllegalArgumentException(
            "The backup is of schema version "
                + version
                + " but this database is at version "
                + current
                + ": restore it with the Repère release that made it.");
      }
      List<String> tables = tables(connection);
      List<String> inBackup = List.of(manifest.getProperty("tables", "").split(","));
      connection.setAutoCommit(false);
      try (Statement statement = connection.createStatement()) {
        // Rows are restored as they were: no triggers (audit, change log) and no foreign-key
        // ordering; the backup was consistent when taken.
        statement.execute("SET LOCAL session_replication_role = replica");
        List<String> restored = new ArrayList<>(tables);
        restored.remove(FLYWAY_HISTORY);
        statement.execute("TRUNCATE " + String.join(", ", restored));
        CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
        Map<String, Long> rows = new LinkedHashMap<>();
        try (ZipInputStream zip = new ZipInputStream(source.open())) {
          for (ZipEntry entry; (entry = zip.getNextEntry()) != null; ) {
            String table = entry.getName().replaceFirst("\\.copy$", "");
            if (entry.getName().equals(MANIFEST) || table.equals(FLYWAY_HISTORY)) {
              continue;
            }
            if (!tables.contains(table) || !inBackup.contains(table)) {
              throw new IllegalArgumentException("The backup holds an unknown table: " + table);
            }
            rows.put(table, copy.copyIn("COPY " + table + " FROM STDIN (FORMAT binary)", zip));
            progress.advance(1);
          }
        }
        restoreSequences(connection, manifest);
        connection.commit();
        return new Summary(version, rows);
      } catch (SQLException | IOException | RuntimeException e) {
        connection.rollback();
        throw e;
      }
    } catch (SQLException e) {
      throw new IllegalStateException("Restore failed, nothing was changed: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Restore failed, nothing was changed: " + e.getMessage(), e);
    }
  }

  /** A backup that can be read more than once (a file). */
  @FunctionalInterface
  public interface BackupSource {
    InputStream open() throws IOException;
  }

  private static final String FLYWAY_HISTORY = "public.flyway_schema_history";

  private static Properties readManifest(BackupSource source) {
    try (ZipInputStream zip = new ZipInputStream(source.open())) {
      ZipEntry first = zip.getNextEntry();
      if (first == null || !first.getName().equals(MANIFEST)) {
        throw new IllegalArgumentException(
            "Not a Repère backup: it does not start with " + MANIFEST);
      }
      Properties manifest = new Properties();
      manifest.load(new java.io.InputStreamReader(zip, StandardCharsets.ISO_8859_1));
      return manifest;
    } catch (IOException e) {
      throw new IllegalArgumentException("Not a readable Repère backup: " + e.getMessage(), e);
    }
  }

  private List<String> tables(Connection connection) {
    return JdbcClient.create(new SingleConnectionDataSource(connection, true))
        .sql(
            """
            SELECT quote_ident(table_schema) || '.' || quote_ident(table_name)
            FROM information_schema.tables
            WHERE table_type = 'BASE TABLE'
              AND table_schema NOT IN ('pg_catalog', 'information_schema')
              AND table_schema NOT LIKE 'pg_toast%'
            ORDER BY table_schema, table_name
            """)
        .query(String.class)
        .list();
  }

  private String schemaVersion(Connection connection) {
    return JdbcClient.create(new SingleConnectionDataSource(connection, true))
        .sql(
            "SELECT coalesce(string_agg(version, ',' ORDER BY installed_rank), '')"
                + " FROM public.flyway_schema_history WHERE success AND version IS NOT NULL")
        .query(String.class)
        .single();
  }

  /** Every sequence's last value ("" when never used), so numbering continues after a restore. */
  private static Map<String, String> sequences(Connection connection) {
    Map<String, String> values = new LinkedHashMap<>();
    JdbcClient.create(new SingleConnectionDataSource(connection, true))
        .sql(
            """
            SELECT quote_ident(schemaname) || '.' || quote_ident(sequencename) AS name,
                   coalesce(last_value::text, '') AS value
            FROM pg_sequences
            WHERE schemaname NOT IN ('pg_catalog', 'information_schema')
            ORDER BY 1
            """)
        .query((rs, n) -> values.put(rs.getString("name"), rs.getString("value")))
        .list();
    return values;
  }

  private static void restoreSequences(Connection connection, Properties manifest)
      throws SQLException {
    for (String key : manifest.stringPropertyNames()) {
      if (!key.startsWith("sequence.")) {
        continue;
      }
      String value = manifest.getProperty(key);
      try (var statement = connection.prepareStatement("SELECT setval(?::regclass, ?, ?)")) {
        statement.setString(1, key.substring("sequence.".length()));
        statement.setLong(2, value.isEmpty() ? 1 : Long.parseLong(value));
        statement.setBoolean(3, !value.isEmpty());
        statement.execute();
      }
    }
  }
}
