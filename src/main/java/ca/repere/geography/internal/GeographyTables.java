package ca.repere.geography.internal;

import ca.repere.geography.Mrc;
import ca.repere.geography.Municipality;
import ca.repere.geography.Region;
import ca.repere.platform.Progress;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The {@code geography} schema: a copy of a {@link Gazetteer}, replaced as a whole in one
 * transaction, with the content hash it came from.
 */
@Component
class GeographyTables {

  /** Serializes loads across nodes that start at the same time. */
  private static final long LOAD_LOCK = 0x6765_6f00L;

  private final JdbcClient jdbc;
  private final JdbcTemplate batch;
  private final TransactionTemplate transaction;

  GeographyTables(JdbcClient jdbc, JdbcTemplate batch, TransactionTemplate transaction) {
    this.jdbc = jdbc;
    this.batch = batch;
    this.transaction = transaction;
  }

  /** The content hash of what the tables hold, empty when they were never loaded. */
  Optional<String> loadedHash() {
    return jdbc.sql("select content_hash from geography.source").query(String.class).optional();
  }

  /** Loads the gazetteer unless the tables already hold that content. Returns whether it did. */
  boolean loadIfChanged(Gazetteer gazetteer) {
    return Boolean.TRUE.equals(
        transaction.execute(
            status -> {
              lock();
              if (loadedHash().filter(gazetteer.contentHash()::equals).isPresent()) {
                return false;
              }
              write(gazetteer, Progress.silent());
              return true;
            }));
  }

  /** Replaces the tables' content with the gazetteer, all or nothing. */
  void replace(Gazetteer gazetteer, Progress progress) {
    transaction.executeWithoutResult(
        status -> {
          lock();
          write(gazetteer, progress);
        });
  }

  private void lock() {
    jdbc.sql("select pg_advisory_xact_lock(?)").param(LOAD_LOCK).query(Object.class).single();
  }

  private void write(Gazetteer gazetteer, Progress progress) {
    jdbc.sql(
            "truncate geography.fsa, geography.municipality, geography.mrc, geography.region,"
                + " geography.source")
        .update();
    insert(
        "insert into geography.region (code, name, population) values (?, ?, ?)",
        gazetteer.regions(),
        (Region r) -> new Object[] {r.code(), r.name(), r.population()},
        progress);
    insert(
        "insert into geography.mrc (code, name, type, region_code, population) values (?, ?, ?, ?, ?)",
        gazetteer.mrcs(),
        (Mrc m) -> new Object[] {m.code(), m.name(), m.type(), m.regionCode(), m.population()},
        progress);
    insert(
        "insert into geography.municipality (code, name, designation, mrc_code, region_code,"
            + " population, latitude, longitude, town_hall_postal_code)"
            + " values (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        gazetteer.municipalities(),
        (Municipality m) -> municipalityRow(m, gazetteer),
        progress);
    insert(
        "insert into geography.fsa (code, place_name, region_code, latitude, longitude,"
            + " nearest_municipality_code) values (?, ?, ?, ?, ?, ?)",
        List.copyOf(gazetteer.fsas().values()),
        (Fsa f) ->
            new Object[] {
              f.code(),
              f.placeName(),
              f.regionCode(),
              f.point().latitude(),
              f.point().longitude(),
              f.nearestMunicipalityCode()
            },
        progress);
    jdbc.sql("insert into geography.source (source, content_hash) values (?, ?)")
        .params(gazetteer.source(), gazetteer.contentHash())
        .update();
  }

  private static Object[] municipalityRow(Municipality m, Gazetteer gazetteer) {
    MunicipalityDetails details = gazetteer.details().get(m.code());
    return new Object[] {
      m.code(),
      m.name(),
      details == null ? null : details.designation(),
      m.mrcCode(),
      m.regionCode(),
      m.population(),
      m.point() == null ? null : m.point().latitude(),
      m.point() == null ? null : m.point().longitude(),
      details == null ? null : details.townHallPostalCode()
    };
  }

  private <T> void insert(
      String sql, List<T> rows, Function<T, Object[]> values, Progress progress) {
    List<Object[]> arguments = rows.stream().map(values).toList();
    batch.batchUpdate(sql, arguments);
    progress.advance(rows.size());
  }

  /** Rows per table, for the health report and tests. */
  Counts counts() {
    return new Counts(count("region"), count("mrc"), count("municipality"), count("fsa"));
  }

  private int count(String table) {
    return jdbc.sql("select count(*) from geography." + table).query(Integer.class).single();
  }

  record Counts(int regions, int mrcs, int municipalities, int fsas) {}
}
