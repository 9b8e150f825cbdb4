package ca.repere.hsds.mapping;

import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * HSDS holds one string per field: the chosen language goes in the standard field ({@code name})
 * and the other language in an extension property named after it ({@code name_en} when the file is
 * French, {@code name_fr} when it is English), so a round trip loses nothing.
 */
public final class Bilingual {

  private Bilingual() {}

  public static String extension(String field, Lang lang) {
    return field + "_" + lang.other().code();
  }

  static LocalizedText read(JsonNode node, String field, Lang lang) {
    String standard = Json.text(node, field);
    String other = Json.text(node, extension(field, lang));
    return LocalizedText.EMPTY.with(lang, standard).with(lang.other(), other);
  }

  /** Writes a text; the standard field stays empty when the chosen language is missing. */
  static void write(ObjectNode node, String field, LocalizedText text, Lang lang) {
    LocalizedText value = text == null ? LocalizedText.EMPTY : text;
    Json.put(node, field, value.exactly(lang));
    Json.put(node, extension(field, lang), value.exactly(lang.other()));
  }

  /**
   * Writes a text HSDS requires (a name, an organization's description): falls back to the other
   * language, then to an empty string, so the record stays valid.
   */
  static void writeRequired(ObjectNode node, String field, LocalizedText text, Lang lang) {
    LocalizedText value = text == null ? LocalizedText.EMPTY : text;
    String shown = value.in(lang);
    node.put(field, shown == null ? "" : shown);
    Json.put(node, extension(field, lang), value.exactly(lang.other()));
  }
}
