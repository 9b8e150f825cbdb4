package ca.repere.contacts.demo;

import java.util.ArrayList;
import java.util.List;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The keys, foreign keys and indexes of the contact tables, set aside for a bulk load: maintaining
 * them row by row (a random uuid key, a foreign-key check per need) costs far more than building
 * them once from sorted data afterwards. Dropped and recreated in the loading transaction, so a
 * failed load leaves them as they were. Read from the catalog, so the definitions recreated are
 * exactly those the migrations made.
 */
final class BulkLoadKeys {

  private static final String TABLES =
      "('contacts.contact'::regclass, 'contacts.contact_need'::regclass)";

  private final JdbcTemplate jdbc;
  private final List<String> recreate = new ArrayList<>();

  private BulkLoadKeys(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  /** Drops them (foreign keys first, primary keys last); {@link #restore()} makes them again. */
  static BulkLoadKeys drop(JdbcTemplate jdbc) {
    BulkLoadKeys keys = new BulkLoadKeys(jdbc);
    List<String[]> foreign =
        jdbc.query(
            "select conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)"
                + " from pg_constraint where contype = 'f' and (conrelid in "
                + TABLES
                + " or confrelid = 'contacts.contact'::regclass) order by conrelid, conname",
            (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
    List<String[]> primary =
        jdbc.query(
            "select conrelid::regclass::text, quote_ident(conname), pg_get_constraintdef(oid)"
                + " from pg_constraint where contype in ('p', 'u') and conrelid in "
                + TABLES
                + " order by conrelid, conname",
            (rs, i) -> new String[] {rs.getString(1), rs.getString(2), rs.getString(3)});
    List<String[]> indexes =
        jdbc.query(
            "select i.indexrelid::regclass::text, pg_get_indexdef(i.indexrelid) from pg_index i"
                + " where i.indrelid in "
                + TABLES
                + " and not exists (select 1 from pg_constraint c where c.conindid = i.indexrelid)"
                + " order by 1",
            (rs, i) -> new String[] {rs.getString(1), rs.getString(2)});
    for (String[] key : foreign) {
      jdbc.execute("alter table " + key[0] + " drop constraint " + key[1]);
    }
    for (String[] index : indexes) {
      jdbc.execute("drop index " + index[0]);
    }
    for (String[] key : primary) {
      jdbc.execute("alter table " + key[0] + " drop constraint " + key[1]);
    }
    primary.forEach(
        key ->
            keys.recreate.add(
                "alter table " + key[0] + " add constraint " + key[1] + " " + key[2]));
    indexes.forEach(index -> keys.recreate.add(index[1]));
    foreign.forEach(
        key ->
            keys.recreate.add(
                "alter table " + key[0] + " add constraint " + key[1] + " " + key[2]));
    return keys;
  }

  /** Builds them again from the loaded rows (and checks them: a duplicate or orphan fails). */
  void restore() {
    jdbc.execute("set local maintenance_work_mem = '512MB'");
    for (String statement : recreate) {
      jdbc.execute(statement);
    }
  }

  /** The statements {@link #restore()} runs, in order. */
  List<String> statements() {
    return List.copyOf(recreate);
  }
}
