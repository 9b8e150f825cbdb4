package ca.repere.contacts.demo;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.RepereApplicationTest;
import ca.repere.platform.Progress;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@RepereApplicationTest
class DemoContactLoaderIT {

  @Autowired DemoContactLoader loader;
  @Autowired JdbcClient jdbc;

  @Test
  void aBulkLoadSetsTheKeysAsideAndBuildsThemAgainAsTheyWere() {
    List<String> keys = keysAndIndexes();
    assertThat(keys)
        .anyMatch(k -> k.contains("contact_need") && k.contains("FOREIGN KEY"))
        .anyMatch(k -> k.contains("contact_specialist"));
    long demo = loader.demoContacts();
    List<Map<String, Object>> sample = sample();
    assertThat(sample).isNotEmpty();

    // the standard settings again, in bulk mode: the same contacts come back
    long loaded =
        loader.load(
            DemoContactSettings.standard(YearMonth.now(DemoContactGenerator.QUEBEC)),
            true,
            true,
            Progress.silent());

    assertThat(loaded).isEqualTo(demo);
    assertThat(loader.demoContacts()).isEqualTo(demo);
    assertThat(keysAndIndexes()).isEqualTo(keys);
    assertThat(sample()).isEqualTo(sample);
    long demoNeeds =
        jdbc.sql(
                "select count(*) from contacts.contact_need n join contacts.contact c"
                    + " on c.id = n.contact_id where c.specialist_id = ?")
            .param(DemoContactLoader.DEMO_SPECIALIST)
            .query(Long.class)
            .single();
    assertThat(demoNeeds).isBetween(demo, 3 * demo);
  }

  /** A few demo contacts (with places known and unknown) and their needs, as stored. */
  private List<Map<String, Object>> sample() {
    return jdbc.sql(
            """
            select c.id, c.channel, c.started_at, c.ended_at, c.caller_type, c.municipality_code,
              c.mrc_code, c.region_code, c.language, c.age_group, c.outcome, c.crisis,
              c.recorded_at, n.need_code, n.met, n.unmet_reason
            from contacts.contact c join contacts.contact_need n on n.contact_id = c.id
            where c.specialist_id = ? and c.id in (
              (select id from contacts.contact where specialist_id = ? order by id limit 20)
              union all
              (select id from contacts.contact where specialist_id = ?
                and municipality_code is null order by id limit 5))
            order by c.id, n.need_code
            """)
        .params(
            DemoContactLoader.DEMO_SPECIALIST,
            DemoContactLoader.DEMO_SPECIALIST,
            DemoContactLoader.DEMO_SPECIALIST)
        .query()
        .listOfRows();
  }

  private List<String> keysAndIndexes() {
    return jdbc.sql(
            """
            select conrelid::regclass || ' ' || conname || ' ' || pg_get_constraintdef(oid)
            from pg_constraint
            where conrelid in ('contacts.contact'::regclass, 'contacts.contact_need'::regclass)
              or confrelid = 'contacts.contact'::regclass
            union all
            select indexdef from pg_indexes
            where schemaname = 'contacts' and tablename in ('contact', 'contact_need')
            order by 1
            """)
        .query(String.class)
        .list();
  }
}
