package ca.repere.search.engine;

import ca.repere.directory.Accessibility;
import ca.repere.directory.CompiledService;
import ca.repere.directory.CostOption;
import ca.repere.directory.Located;
import ca.repere.shared.LocalizedText;
import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * What the filters ask about a service, derived from its HSDS fields: the audiences it is meant for
 * (from its categories, ages and eligibility), whether it is free, whether a location is wheelchair
 * accessible.
 */
public final class ServiceTraits {

  /** The audience filter's codes, and the taxonomy's audience terms they stand for. */
  public static final Map<String, String> AUDIENCE_TERMS =
      Map.of(
          "youth", "AUD-JEUNES",
          "seniors", "AUD-AINES",
          "women", "AUD-FEMMES",
          "men", "AUD-HOMMES",
          "families", "AUD-FAMILLES",
          "newcomers", "AUD-NOUVEAUX",
          "indigenous", "AUD-AUTOCH",
          "lgbtq", "AUD-LGBT",
          "disabilities", "AUD-HANDICAP",
          "low_income", "AUD-FAIBLE");

  public static final Set<String> AUDIENCES = AUDIENCE_TERMS.keySet();

  private static final Pattern YOUTH =
      Pattern.compile("\\b(jeunes?|jeunesse|adolescents?|ados?|youth|teens?|young)\\b");
  private static final Pattern SENIORS =
      Pattern.compile("\\b(aines?|personnes agees|seniors?|elderly|older adults|retraites?)\\b");
  private static final Pattern WOMEN =
      Pattern.compile("\\b(femmes?|women|woman|meres?|mothers?)\\b");
  private static final Pattern FAMILIES =
      Pattern.compile("\\b(familles?|families|family|parents?|enfants?|children|bebes?|babies)\\b");
  private static final Pattern NEWCOMERS =
      Pattern.compile(
          "\\b(immigrant(e|s|es)?|nouveaux arrivants?|nouvelles arrivantes?|newcomers?|refugie(e|s|es)?|refugees?|demandeurs d asile|asylum)\\b");
  private static final Pattern FREE =
      Pattern.compile("\\b(gratuit(e|s|es)?|free|sans frais|no cost|no charge)\\b");
  private static final Pattern WHEELCHAIR =
      Pattern.compile(
          "\\b(fauteuil roulant|wheelchair|accessible|accessibilite universelle|rampe|ramp|ascenseur|elevator)\\b");
  private static final Pattern NOT_ACCESSIBLE =
      Pattern.compile("\\b(non accessible|not accessible|inaccessible|pas accessible)\\b");

  private ServiceTraits() {}

  public static Set<String> audiences(CompiledService s, Collection<String> categoryCodes) {
    Set<String> audiences = new LinkedHashSet<>();
    AUDIENCE_TERMS.forEach(
        (audience, term) -> {
          if (categoryCodes.contains(term)) {
            audiences.add(audience);
          }
        });
    String eligibility = fold(s.service().eligibilityDescription());
    Integer min = s.service().minimumAge();
    Integer max = s.service().maximumAge();
    if ((max != null && max <= 35)
        || has(categoryCodes, "LOG-JEUNES", "EMPLOI-JEUNES", "SANTM-JEUNES", "FAM-JEUNES")
        || YOUTH.matcher(eligibility).find()) {
      audiences.add("youth");
    }
    if ((min != null && min >= 50)
        || categoryCodes.contains("AINES")
        || SENIORS.matcher(eligibility).find()) {
      audiences.add("seniors");
    }
    if (has(categoryCodes, "VIOL-HEBERG", "VIOL-POST", "COMM-FEMMES")
        || WOMEN.matcher(eligibility).find()) {
      audiences.add("women");
    }
    if (categoryCodes.contains("FAM")
        || has(categoryCodes, "ALIM-ENF", "BIENS-BEBE", "BIENS-SCOL")
        || FAMILIES.matcher(eligibility).find()) {
      audiences.add("families");
    }
    if (categoryCodes.contains("IMMI")
        || has(categoryCodes, "EMPLOI-IMMI")
        || NEWCOMERS.matcher(eligibility).find()) {
      audiences.add("newcomers");
    }
    return audiences;
  }

  /** Free when a cost option or the fees description says so and no option has a price. */
  public static boolean isFree(CompiledService s) {
    boolean priced =
        s.costOptions().stream()
            .map(CostOption::amount)
            .anyMatch(a -> a != null && a.compareTo(BigDecimal.ZERO) > 0);
    boolean saysFree =
        s.costOptions().stream()
                .anyMatch(
                    c ->
                        (c.amount() != null && c.amount().signum() == 0)
                            || FREE.matcher(fold(c.option())).find())
            || FREE.matcher(fold(s.service().feesDescription())).find();
    return saysFree && !priced;
  }

  public static boolean isWheelchairAccessible(Located located) {
    for (Accessibility a : located.accessibility()) {
      String text = fold(a.description()) + " " + fold(a.details());
      if (WHEELCHAIR.matcher(text).find() && !NOT_ACCESSIBLE.matcher(text).find()) {
        return true;
      }
    }
    return false;
  }

  private static boolean has(Collection<String> codes, String... wanted) {
    for (String code : wanted) {
      if (codes.contains(code)) {
        return true;
      }
    }
    return false;
  }

  static String fold(LocalizedText text) {
    return text == null ? "" : fold(text.fr()) + " " + fold(text.en());
  }

  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * Lower case, accents removed, apostrophes and hyphens as spaces. Plain ASCII text (most of it)
   * takes a single pass without regular expressions: this runs several times per indexed document.
   */
  static String fold(String text) {
    if (text == null) {
      return "";
    }
    StringBuilder folded = new StringBuilder(text.length());
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c >= 128) {
        return foldUnicode(text);
      }
      boolean letterOrDigit =
          (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
      if (!letterOrDigit) {
        space = folded.length() > 0;
      } else {
        if (space) {
          folded.append(' ');
          space = false;
        }
        folded.append(c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c);
      }
    }
    return folded.toString();
  }

  private static String foldUnicode(String text) {
    String decomposed = Normalizer.normalize(text, Normalizer.Form.NFD);
    String lower = MARKS.matcher(decomposed).replaceAll("").toLowerCase(Locale.ROOT);
    return NOT_WORD.matcher(lower).replaceAll(" ").trim();
  }
}
