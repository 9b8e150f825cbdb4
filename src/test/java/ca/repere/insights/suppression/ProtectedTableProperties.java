package ca.repere.insights.suppression;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;

/**
 * Whatever the counts and the shape of the hierarchies, no suppressed count can be derived from the
 * published ones: the published cells of every possible query, taken together with every sum the
 * table obeys, leave each suppressed cell undetermined (checked by linear algebra, exactly, modulo
 * a large prime). Since suppression is decided on the whole table, this covers differencing two
 * queries (month against quarter, region against its MRCs, all categories against each one).
 */
class ProtectedTableProperties {

  private static final long P = 2_147_483_647L;

  @Property(tries = 100)
  void noSuppressedCountCanBeDerivedFromThePublishedOnes(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 3) int regions,
      @ForAll @IntRange(min = 2, max = 5) int threshold,
      @ForAll boolean reasons) {
    Random random = new Random(seed);
    Hierarchy time = time(random);
    Hierarchy territory = territory(random, regions);
    Hierarchy breakdown = breakdown(random, reasons);
    ProtectedTable table = fill(random, threshold, time, territory, breakdown);

    List<long[]> basis = echelon(equations(table));
    int sizes = territory.size() * breakdown.size();
    for (int cell = 0; cell < time.size() * sizes; cell++) {
      int t = cell / sizes;
      int g = (cell / breakdown.size()) % territory.size();
      int b = cell % breakdown.size();
      long value = table.value(t, g, b);
      if (value > 0 && value < threshold) {
        assertThat(table.published(t, g, b)).as("a small count is never published").isFalse();
      }
      boolean small = value > 0 && value < threshold;
      // a hidden bucket (unknown place) is never published, but only a small one needs hiding
      if (!table.published(t, g, b) && (small || !territory.hidden(g))) {
        assertThat(derivable(basis, cell, time.size() * sizes))
            .as(
                "suppressed %s × %s × %s = %d",
                time.code(t), territory.code(g), breakdown.code(b), value)
            .isFalse();
      }
    }
  }

  /**
   * The needs table of the dashboard's drill-down: all → categories → sub-categories (and the
   * "unspecified" leaf of a category that has sub-categories), over the same time and territories.
   */
  @Property(tries = 40)
  void noSuppressedSubCategoryOrCategoryCanBeDerived(
      @ForAll long seed,
      @ForAll @IntRange(min = 1, max = 2) int regions,
      @ForAll @IntRange(min = 2, max = 5) int threshold) {
    Random random = new Random(seed);
    Hierarchy time = time(random);
    Hierarchy territory = territory(random, regions);
    Hierarchy breakdown = new Hierarchy();
    breakdown.add("*");
    for (int c = 1; c <= 2; c++) {
      breakdown.add("c" + c, "*", 0, false);
      int subs = random.nextInt(3) == 0 ? 0 : 1 + random.nextInt(2);
      for (int s = 1; s <= subs; s++) {
        breakdown.add("c" + c + "-s" + s, "c" + c, 0, false);
      }
      if (subs > 0) {
        breakdown.add("c" + c + "-*", "c" + c, 0, false);
      }
    }
    ProtectedTable table = fill(random, threshold, time, territory, breakdown);

    List<long[]> basis = echelon(equations(table));
    int sizes = territory.size() * breakdown.size();
    for (int cell = 0; cell < time.size() * sizes; cell++) {
      int t = cell / sizes;
      int g = (cell / breakdown.size()) % territory.size();
      int b = cell % breakdown.size();
      long value = table.value(t, g, b);
      boolean small = value > 0 && value < threshold;
      if (small) {
        assertThat(table.published(t, g, b)).as("a small count is never published").isFalse();
      }
      if (!table.published(t, g, b) && (small || !territory.hidden(g))) {
        assertThat(derivable(basis, cell, time.size() * sizes))
            .as(
                "suppressed %s × %s × %s = %d",
                time.code(t), territory.code(g), breakdown.code(b), value)
            .isFalse();
      }
    }
  }

  @Property(tries = 50)
  void countsAtOrAboveTheThresholdWithNoSmallCellAroundArePublished(@ForAll long seed) {
    Random random = new Random(seed);
    Hierarchy time = time(random);
    Hierarchy territory = territory(random, 2);
    Hierarchy breakdown = breakdown(random, false);
    ProtectedTable.Builder builder = new ProtectedTable.Builder(time, territory, breakdown);
    forEachLeaf(
        time, territory, breakdown, (t, g, b) -> builder.add(5 + random.nextInt(20), t, g, b));
    ProtectedTable table = builder.protect(5);
    for (int t = 0; t < time.size(); t++) {
      for (int g = 0; g < territory.size(); g++) {
        for (int b = 0; b < breakdown.size(); b++) {
          assertThat(table.published(t, g, b) || territory.hidden(g)).isTrue();
        }
      }
    }
  }

  /** A year of 2 quarters of 2 or 3 months, and sometimes months of an incomplete quarter. */
  static Hierarchy time(Random random) {
    Hierarchy time = new Hierarchy();
    time.add("Y");
    for (int q = 1; q <= 2; q++) {
      time.add("Q" + q, "Y", 0, false);
      int months = 2 + random.nextInt(2);
      for (int m = 1; m <= months; m++) {
        time.add("Q" + q + "M" + m, "Q" + q, 0, false);
      }
    }
    if (random.nextBoolean()) {
      time.add("M-incomplete");
    }
    return time;
  }

  /** A province of regions of 1 to 3 MRCs (an only child sometimes), some with a hidden bucket. */
  static Hierarchy territory(Random random, int regions) {
    Hierarchy territory = new Hierarchy();
    territory.add("qc");
    for (int r = 1; r <= regions; r++) {
      territory.add("r" + r, "qc", 0, false);
      int mrcs = 1 + random.nextInt(3);
      for (int m = 1; m <= mrcs; m++) {
        territory.add("r" + r + "m" + m, "r" + r, 0, false);
      }
      if (random.nextInt(4) == 0) {
        territory.add("r" + r + "?", "r" + r, 0, true);
      }
    }
    return territory;
  }

  /** All → 2 or 3 categories, and either all → 2 reasons or flat (non-additive) extra roots. */
  static Hierarchy breakdown(Random random, boolean reasons) {
    Hierarchy breakdown = new Hierarchy();
    breakdown.add("*");
    int categories = 2 + random.nextInt(2);
    for (int c = 1; c <= categories; c++) {
      breakdown.add("c" + c, "*", 0, false);
    }
    if (reasons) {
      breakdown.add("reason1", "*", 1, false);
      breakdown.add("reason2", "*", 1, false);
    } else {
      breakdown.add("flat1");
    }
    return breakdown;
  }

  /** Mostly small counts, so that suppression has work to do; consistent when two partitions. */
  static ProtectedTable fill(
      Random random, int threshold, Hierarchy time, Hierarchy territory, Hierarchy breakdown) {
    ProtectedTable.Builder builder = new ProtectedTable.Builder(time, territory, breakdown);
    int reason1 = breakdown.has("reason1") ? breakdown.node("reason1") : -1;
    forEachLeaf(
        time,
        territory,
        breakdown,
        (t, g, b) -> {
          if (reason1 >= 0 && breakdown.code(b).startsWith("reason")) {
            return;
          }
          long count = random.nextInt(3) == 0 ? random.nextInt(25) : random.nextInt(threshold + 1);
          builder.add(count, t, g, b);
          if (reason1 >= 0 && breakdown.parent(b) == breakdown.node("*")) {
            // the same needs split by reason: all in reason1 or spread, summing to the same total
            long first = count == 0 ? 0 : random.nextInt((int) count + 1);
            builder.add(first, t, g, reason1);
            builder.add(count - first, t, g, breakdown.node("reason2"));
          }
        });
    return builder.protect(threshold);
  }

  interface LeafVisitor {
    void visit(int t, int g, int b);
  }

  static void forEachLeaf(
      Hierarchy time, Hierarchy territory, Hierarchy breakdown, LeafVisitor visitor) {
    for (int t = 0; t < time.size(); t++) {
      for (int g = 0; g < territory.size(); g++) {
        for (int b = 0; b < breakdown.size(); b++) {
          if (time.partitions(t).isEmpty()
              && territory.partitions(g).isEmpty()
              && breakdown.partitions(b).isEmpty()) {
            visitor.visit(t, g, b);
          }
        }
      }
    }
  }

  /** Every sum the table obeys, and every published cell's value, as rows over the cells. */
  private static List<long[]> equations(ProtectedTable table) {
    Hierarchy[] dims = {table.dimension(0), table.dimension(1), table.dimension(2)};
    int[] sizes = {dims[0].size(), dims[1].size(), dims[2].size()};
    int n = sizes[0] * sizes[1] * sizes[2];
    List<long[]> rows = new ArrayList<>();
    for (int cell = 0; cell < n; cell++) {
      int[] c = {cell / (sizes[1] * sizes[2]), (cell / sizes[2]) % sizes[1], cell % sizes[2]};
      if (table.published(c[0], c[1], c[2])) {
        long[] row = new long[n];
        row[cell] = 1;
        rows.add(row);
      }
      for (int d = 0; d < 3; d++) {
        for (List<Integer> partition : dims[d].partitions(c[d])) {
          long[] row = new long[n];
          row[cell] = 1;
          for (int child : partition) {
            int[] k = c.clone();
            k[d] = child;
            row[(k[0] * sizes[1] + k[1]) * sizes[2] + k[2]] = P - 1;
          }
          rows.add(row);
        }
      }
    }
    return rows;
  }

  /** Reduced rows, each with its pivot column first nonzero and equal to 1 (mod P). */
  private static List<long[]> echelon(List<long[]> rows) {
    List<long[]> basis = new ArrayList<>();
    for (long[] row : rows) {
      long[] r = reduce(basis, row.clone());
      int pivot = pivot(r);
      if (pivot >= 0) {
        long inverse = power(r[pivot], P - 2);
        for (int i = 0; i < r.length; i++) {
          r[i] = r[i] * inverse % P;
        }
        basis.add(r);
      }
    }
    return basis;
  }

  private static long[] reduce(List<long[]> basis, long[] row) {
    for (long[] b : basis) {
      int pivot = pivot(b);
      long factor = row[pivot];
      if (factor != 0) {
        for (int i = 0; i < row.length; i++) {
          row[i] = Math.floorMod(row[i] - factor * b[i] % P, P);
        }
      }
    }
    return row;
  }

  private static boolean derivable(List<long[]> basis, int cell, int n) {
    long[] unit = new long[n];
    unit[cell] = 1;
    return pivot(reduce(basis, unit)) < 0;
  }

  private static int pivot(long[] row) {
    for (int i = 0; i < row.length; i++) {
      if (row[i] != 0) {
        return i;
      }
    }
    return -1;
  }

  private static long power(long base, long exponent) {
    long result = 1;
    base %= P;
    while (exponent > 0) {
      if ((exponent & 1) == 1) {
        result = result * base % P;
      }
      base = base * base % P;
      exponent >>= 1;
    }
    return result;
  }
}
