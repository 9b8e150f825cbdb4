package ca.repere.insights.figures;

import ca.repere.geography.Geography;
import ca.repere.geography.Mrc;
import ca.repere.geography.Municipality;
import ca.repere.geography.Region;
import ca.repere.insights.suppression.Hierarchy;
import java.time.YearMonth;
import java.util.Collection;
import java.util.List;
import java.util.Map;

/**
 * The hierarchies figures are published over. Node codes: periods "2025", "2025-Q3", "2025-07";
 * territories "qc", "region:11", "mrc:040", "mun:04015"; breakdowns "*" (all), a top category
 * ("ALIM"), for needs its sub-categories ("ALIM-BANQ") and the needs coded at the category itself
 * ("ALIM-*"), "channel:chat", "reason:cost". Hidden buckets hold contacts whose place is only
 * partly known ("region:?", "mrc:?11", "mun:?040").
 */
final class Axes {

  static final String ALL = "*";

  /** The suffix of the leaf that holds the needs coded at their top category, not deeper. */
  static final String UNSPECIFIED = "-*";

  private Axes() {}

  /**
   * The months of the current and three previous calendar years up to the last complete month,
   * under their quarter and year when those are complete (an incomplete period is never published:
   * it would change as months complete, and the difference would be a month's count).
   */
  static Hierarchy time(YearMonth lastComplete) {
    Hierarchy time = new Hierarchy();
    for (int year = lastComplete.getYear() - 3; year <= lastComplete.getYear(); year++) {
      boolean yearComplete = !YearMonth.of(year, 12).isAfter(lastComplete);
      if (yearComplete) {
        time.add(String.valueOf(year));
      }
      for (int quarter = 1; quarter <= 4; quarter++) {
        YearMonth end = YearMonth.of(year, quarter * 3);
        boolean quarterComplete = !end.isAfter(lastComplete);
        String quarterCode = year + "-Q" + quarter;
        if (quarterComplete) {
          time.add(quarterCode, yearComplete ? String.valueOf(year) : null, 0, false);
        }
        for (YearMonth month = end.minusMonths(2);
            !month.isAfter(end);
            month = month.plusMonths(1)) {
          if (!month.isAfter(lastComplete)) {
            time.add(month.toString(), quarterComplete ? quarterCode : null, 0, false);
          }
        }
      }
    }
    return time;
  }

  /** Québec, its regions, MRCs and municipalities, with the hidden buckets the data needs. */
  static Hierarchy territory(Geography geography, Collection<String> hiddenBuckets) {
    Hierarchy territory = new Hierarchy();
    territory.add("qc");
    for (Region region : geography.regions()) {
      territory.add("region:" + region.code(), "qc", 0, false);
    }
    for (Mrc mrc : geography.mrcs()) {
      if (mrc.regionCode() != null && territory.has("region:" + mrc.regionCode())) {
        territory.add("mrc:" + mrc.code(), "region:" + mrc.regionCode(), 0, false);
      }
    }
    for (Municipality m : geography.municipalities()) {
      String parent = parentOf(territory, m);
      if (parent != null) {
        territory.add("mun:" + m.code(), parent, 0, false);
      }
    }
    for (String bucket : hiddenBuckets) {
      String parent =
          bucket.equals("region:?")
              ? "qc"
              : bucket.startsWith("mrc:?")
                  ? "region:" + bucket.substring(5)
                  : "mrc:" + bucket.substring(5);
      if (territory.has(parent) && !territory.has(bucket)) {
        territory.add(bucket, parent, 0, true);
      }
    }
    return territory;
  }

  /** The territory node of a rollup row's place, or its hidden bucket's code. */
  static String place(Hierarchy territory, String region, String mrc, String municipality) {
    if (!municipality.isEmpty() && territory.has("mun:" + municipality)) {
      return "mun:" + municipality;
    }
    if (!mrc.isEmpty() && territory.has("mrc:" + mrc)) {
      return "mun:?" + mrc;
    }
    if (!region.isEmpty() && territory.has("region:" + region)) {
      return "mrc:?" + region;
    }
    return "region:?";
  }

  /**
   * What a measure is split by. Needs go down to sub-categories (the drill-down of "top needs"): a
   * category with sub-categories has them as children plus its {@link #UNSPECIFIED} leaf, so it
   * always has two children or more and a sub-category's complements stay among its siblings.
   */
  static Hierarchy breakdown(
      Measure measure,
      List<String> categories,
      Map<String, List<String>> subcategories,
      List<String> channels,
      List<String> reasons) {
    Hierarchy breakdown = new Hierarchy();
    breakdown.add(ALL);
    if (measure == Measure.CONTACTS) {
      channels.forEach(c -> breakdown.add("channel:" + c, ALL, 0, false));
      categories.forEach(breakdown::add); // contacts by category do not sum to all contacts
    } else {
      categories.forEach(c -> breakdown.add(c, ALL, 0, false));
      if (measure == Measure.NEEDS) {
        for (String category : categories) {
          List<String> subs = subcategories.getOrDefault(category, List.of());
          if (!subs.isEmpty()) {
            subs.forEach(sub -> breakdown.add(sub, category, 0, false));
            breakdown.add(category + UNSPECIFIED, category, 0, false);
          }
        }
      }
      if (measure == Measure.UNMET) {
        reasons.forEach(r -> breakdown.add("reason:" + r, ALL, 1, false));
      }
    }
    return breakdown;
  }

  /**
   * The leaf of the needs breakdown a recorded need code counts in: its sub-category, else its
   * category's {@link #UNSPECIFIED} leaf (coded at the top, or a code the taxonomy lost), else the
   * category itself when it has no sub-categories.
   */
  static String needLeaf(Hierarchy breakdown, String category, String needCode) {
    if (!needCode.equals(category) && breakdown.has(needCode)) {
      int parent = breakdown.parent(breakdown.node(needCode));
      if (parent >= 0 && breakdown.code(parent).equals(category)) {
        return needCode;
      }
    }
    return breakdown.has(category + UNSPECIFIED) ? category + UNSPECIFIED : category;
  }

  private static String parentOf(Hierarchy territory, Municipality m) {
    if (m.mrcCode() != null && territory.has("mrc:" + m.mrcCode())) {
      return "mrc:" + m.mrcCode();
    }
    return m.regionCode() != null && territory.has("region:" + m.regionCode())
        ? "region:" + m.regionCode()
        : null;
  }
}
