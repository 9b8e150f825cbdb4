package ca.repere.directory;

import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import java.util.List;
import java.util.UUID;

/**
 * A category of Repère's own taxonomy (or one of its audiences), with the words people type for it:
 * the synonyms are the seed of search's concept dictionary.
 *
 * @param parentCode null for a top category
 */
public record RepereCategory(
    String code,
    String parentCode,
    LocalizedText name,
    LocalizedText description,
    List<String> synonymsFr,
    List<String> synonymsEn) {

  public RepereCategory {
    synonymsFr = List.copyOf(synonymsFr);
    synonymsEn = List.copyOf(synonymsEn);
  }

  /** The id of its taxonomy_term row, the same in every database. */
  public UUID id() {
    return RepereTaxonomy.termId(code);
  }

  public boolean isTop() {
    return parentCode == null;
  }

  public List<String> synonyms(Lang lang) {
    return lang == Lang.FR ? synonymsFr : synonymsEn;
  }
}
