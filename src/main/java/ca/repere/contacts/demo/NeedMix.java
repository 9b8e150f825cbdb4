package ca.repere.contacts.demo;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How often each top need category comes up, by region and season, and how often it stays unmet and
 * why: plausible orders of magnitude for a Québec 211 (food, housing and mental health first; July
 * 1st moving day, tax season, holiday baskets, winter blues), not real statistics.
 */
final class NeedMix {

  /** Rural regions: farther services, more seniors and transport needs, fewer newcomers. */
  static final Set<String> RURAL = Set.of("01", "08", "09", "10", "11", "12", "14", "17");

  private static final String[] CATEGORIES = {
    "ALIM", "SANTM", "LOG", "REVENU", "GOUV", "SANTE", "JUR", "AINES", "FAM", "TRANSP", "EMPLOI",
    "DEP", "VIOL", "IMMI", "HAND", "EDUC", "CRISE", "BIENS", "COMM"
  };
  private static final double[] BASE = {14, 12, 13, 9, 8, 7, 6, 6, 5, 4, 4, 3, 3, 3, 3, 2, 2, 3, 2};
  private static final double[] UNMET = {
    .07, .22, .30, .08, .05, .15, .15, .15, .10, .25, .08, .18, .06, .12, .20, .10, .03, .15, .10
  };
  static final String[] REASONS = {
    "no_service", "waiting_list", "not_eligible", "too_far", "cost", "language", "closed", "other"
  };

  private NeedMix() {}

  static String[] categories() {
    return CATEGORIES.clone();
  }

  /** Relative weight of each category (same order as {@link #categories()}). */
  static double[] weights(String region, int month, double surge) {
    double[] weights = BASE.clone();
    for (int i = 0; i < CATEGORIES.length; i++) {
      weights[i] *= season(CATEGORIES[i], month) * place(CATEGORIES[i], region);
      weights[i] *= 1 + surge * surgeBoost(CATEGORIES[i]);
    }
    return weights;
  }

  /** The chance that a need of this category stays unmet. */
  static double unmetRate(String category, String region, double surge) {
    int i = indexOf(category);
    double rate = i < 0 ? 0.1 : UNMET[i];
    if (region != null && RURAL.contains(region)) {
      rate *= 1.35;
    }
    return Math.min(0.8, rate * (1 + 0.3 * surge));
  }

  /** Relative weight of each reason ({@link #REASONS} order) for an unmet need. */
  static double[] reasons(String category, String region) {
    double[] weights = {25, 25, 15, 10, 10, 3, 7, 5};
    switch (category) {
      case "LOG" -> {
        weights[1] = 45;
        weights[4] = 20;
      }
      case "SANTM", "DEP", "SANTE" -> weights[1] = 55;
      case "TRANSP" -> {
        weights[0] = 40;
        weights[3] = 30;
      }
      case "IMMI" -> weights[5] = 25;
      case "REVENU", "GOUV" -> weights[2] = 40;
      default -> {}
    }
    if (region != null && RURAL.contains(region)) {
      weights[3] *= 3;
      weights[0] *= 1.5;
    }
    return weights;
  }

  /** Monthly volume factor (1 = average month). */
  static double volume(int month) {
    double[] byMonth = {1.10, 1.05, 1.08, 1.02, 0.98, 1.02, 1.05, 0.86, 0.98, 1.0, 1.02, 1.12};
    return byMonth[month - 1];
  }

  /** Sub-category weights that follow the season (others weigh 1). */
  static Map<String, Double> seasonalSubcategories(int month) {
    Map<String, Double> weights = new LinkedHashMap<>();
    weights.put("ALIM-NOEL", month == 11 || month == 12 ? 8.0 : 0.1);
    weights.put("REVENU-IMPOT", month == 3 || month == 4 ? 6.0 : month == 2 ? 2.0 : 0.3);
    weights.put("LOG-ENERG", month <= 3 || month >= 11 ? 3.0 : 0.4);
    weights.put("LOG-RECH", month >= 5 && month <= 7 ? 4.0 : 1.0);
    weights.put("EDUC-DEVOIRS", month >= 9 || month <= 5 ? 1.5 : 0.2);
    return weights;
  }

  private static double season(String category, int month) {
    return switch (category) {
      case "ALIM" ->
          month == 12
              ? 1.5
              : month == 11 ? 1.25 : month == 1 ? 1.1 : month >= 6 && month <= 8 ? 0.9 : 1;
      case "LOG" -> month == 7 ? 1.8 : month == 6 ? 1.5 : month == 5 ? 1.2 : month <= 2 ? 1.1 : 1;
      case "REVENU" -> month == 4 ? 1.7 : month == 3 ? 1.6 : month == 2 ? 1.2 : 1;
      case "SANTM" ->
          month == 1 ? 1.25 : month == 2 ? 1.2 : month == 11 ? 1.1 : month == 7 ? 0.85 : 1;
      case "EDUC" -> month == 9 ? 1.4 : month == 8 ? 1.3 : month == 7 ? 0.6 : 1;
      case "AINES" -> month <= 2 || month == 12 ? 1.15 : 1;
      default -> 1;
    };
  }

  private static double place(String category, String region) {
    if (region == null) {
      return 1;
    }
    boolean rural = RURAL.contains(region);
    return switch (category) {
      case "IMMI" -> region.equals("06") ? 2.5 : region.equals("13") ? 1.6 : rural ? 0.4 : 1;
      case "LOG" -> region.equals("06") ? 1.2 : region.equals("10") ? 1.5 : 1;
      case "TRANSP" -> region.equals("06") ? 0.6 : rural ? 2.0 : 1;
      case "AINES" -> rural ? 1.3 : 1;
      default -> 1;
    };
  }

  private static double surgeBoost(String category) {
    return switch (category) {
      case "SANTM" -> 0.6;
      case "ALIM" -> 0.5;
      case "REVENU", "GOUV" -> 0.5;
      case "EMPLOI" -> 0.3;
      default -> 0;
    };
  }

  private static int indexOf(String category) {
    for (int i = 0; i < CATEGORIES.length; i++) {
      if (CATEGORIES[i].equals(category)) {
        return i;
      }
    }
    return -1;
  }
}
