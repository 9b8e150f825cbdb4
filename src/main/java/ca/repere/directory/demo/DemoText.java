package ca.repere.directory.demo;

import ca.repere.shared.LocalizedText;
import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;

/** Names that read like Québec organizations': placeholders filled, French elision applied. */
final class DemoText {

  /** Short region names, as organizations use them ("Moisson Mauricie", "Moisson Québec"). */
  private static final Map<String, String> REGION_SHORT =
      Map.ofEntries(
          Map.entry("01", "Bas-Saint-Laurent"),
          Map.entry("02", "Saguenay–Lac-Saint-Jean"),
          Map.entry("03", "Québec"),
          Map.entry("04", "Mauricie"),
          Map.entry("05", "Estrie"),
          Map.entry("06", "Montréal"),
          Map.entry("07", "Outaouais"),
          Map.entry("08", "Abitibi-Témiscamingue"),
          Map.entry("09", "Côte-Nord"),
          Map.entry("10", "Nord-du-Québec"),
          Map.entry("11", "Gaspésie–Îles-de-la-Madeleine"),
          Map.entry("12", "Chaudière-Appalaches"),
          Map.entry("13", "Laval"),
          Map.entry("14", "Lanaudière"),
          Map.entry("15", "Laurentides"),
          Map.entry("16", "Montérégie"),
          Map.entry("17", "Centre-du-Québec"));

  /** "de" + region, as French writes it ("du Bas-Saint-Laurent", "de l'Estrie"). */
  private static final Map<String, String> REGION_OF =
      Map.ofEntries(
          Map.entry("01", "du Bas-Saint-Laurent"),
          Map.entry("02", "du Saguenay–Lac-Saint-Jean"),
          Map.entry("03", "de la Capitale-Nationale"),
          Map.entry("04", "de la Mauricie"),
          Map.entry("05", "de l'Estrie"),
          Map.entry("06", "de Montréal"),
          Map.entry("07", "de l'Outaouais"),
          Map.entry("08", "de l'Abitibi-Témiscamingue"),
          Map.entry("09", "de la Côte-Nord"),
          Map.entry("10", "du Nord-du-Québec"),
          Map.entry("11", "de la Gaspésie–Îles-de-la-Madeleine"),
          Map.entry("12", "de Chaudière-Appalaches"),
          Map.entry("13", "de Laval"),
          Map.entry("14", "de Lanaudière"),
          Map.entry("15", "des Laurentides"),
          Map.entry("16", "de la Montérégie"),
          Map.entry("17", "du Centre-du-Québec"));

  private static final java.util.regex.Pattern MARKS = java.util.regex.Pattern.compile("\\p{M}");
  private static final java.util.regex.Pattern NON_ALNUM =
      java.util.regex.Pattern.compile("[^a-z0-9]+");

  /** What a name's placeholders stand for. */
  record Place(String municipality, String mrc, String regionCode, String regionName) {}

  private DemoText() {}

  static LocalizedText fill(LocalizedText pattern, Place place) {
    return LocalizedText.of(fill(pattern.fr(), place), fill(pattern.en(), place));
  }

  static String fill(String pattern, Place place) {
    if (pattern == null) {
      return null;
    }
    String region = REGION_SHORT.getOrDefault(place.regionCode(), place.regionName());
    return pattern
        .replace("{de mun}", of(place.municipality()))
        .replace("{de mrc}", of(place.mrc()))
        .replace("{de region}", REGION_OF.getOrDefault(place.regionCode(), of(region)))
        .replace("{mun}", place.municipality())
        .replace("{mrc}", place.mrc())
        .replace("{region}", region);
  }

  /** "de Rimouski", "d'Amqui", "du Bic" (Le Bic), "des Escoumins" (Les Escoumins). */
  static String of(String name) {
    if (name == null || name.isBlank()) {
      return "";
    }
    if (name.startsWith("Le ")) {
      return "du " + name.substring(3);
    }
    if (name.startsWith("Les ")) {
      return "des " + name.substring(4);
    }
    return startsWithVowel(name) ? "d'" + name : "de " + name;
  }

  static String slug(String text) {
    String ascii =
        NON_ALNUM
            .matcher(
                MARKS
                    .matcher(Normalizer.normalize(text, Normalizer.Form.NFD))
                    .replaceAll("")
                    .toLowerCase(Locale.ROOT))
            .replaceAll("-");
    ascii = ascii.startsWith("-") ? ascii.substring(1) : ascii;
    ascii = ascii.endsWith("-") ? ascii.substring(0, ascii.length() - 1) : ascii;
    return ascii.length() > 40 ? ascii.substring(0, 40).replaceAll("-$", "") : ascii;
  }

  private static boolean startsWithVowel(String name) {
    char first = Character.toUpperCase(name.charAt(0));
    return "AEIOUYÀÂÉÈÊËÎÏÔÛÙ".indexOf(first) >= 0;
  }
}
