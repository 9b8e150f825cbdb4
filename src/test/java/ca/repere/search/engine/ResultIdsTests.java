package ca.repere.search.engine;

import static org.assertj.core.api.Assertions.assertThat;

import ca.repere.shared.GeoPoint;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ResultIdsTests {

  @Test
  void aLocatedResultKeepsItsIdsAndExactPoint() {
    ResultIds ids =
        new ResultIds(UUID.randomUUID(), UUID.randomUUID(), new GeoPoint(46.813878, -71.207981));

    assertThat(ResultIds.decode(ids.encode())).isEqualTo(ids);
  }

  @Test
  void aPhoneOnlyOrConfidentialResultHasNeitherLocationNorPoint() {
    ResultIds phoneOnly = new ResultIds(UUID.randomUUID(), null, null);
    ResultIds confidential = new ResultIds(UUID.randomUUID(), UUID.randomUUID(), null);

    assertThat(ResultIds.decode(phoneOnly.encode())).isEqualTo(phoneOnly);
    assertThat(ResultIds.decode(confidential.encode())).isEqualTo(confidential);
    assertThat(confidential.encode().length).isEqualTo(1 + 16 + 16);
  }
}
