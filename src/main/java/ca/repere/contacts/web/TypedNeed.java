package ca.repere.contacts.web;

import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Finds the need a specialist typed in the form's "add a need" field: its code, or its name in
 * French or English, without minding case or accents; else the only need whose name contains the
 * text.
 */
final class TypedNeed {

  private TypedNeed() {}

  static Optional<String> find(String typed, RepereTaxonomy taxonomy) {
    String wanted = normalize(typed);
    List<RepereCategory> needs = taxonomy.categories().stream().filter(c -> !c.isTop()).toList();
    Optional<RepereCategory> exact =
        needs.stream()
            .filter(
                c ->
                    normalize(c.code()).equals(wanted)
                        || normalize(c.name().fr()).equals(wanted)
                        || normalize(c.name().en()).equals(wanted))
            .findFirst();
    if (exact.isPresent()) {
      return exact.map(RepereCategory::code);
    }
    List<RepereCategory> partial =
        needs.stream()
            .filter(
                c ->
                    normalize(c.name().fr()).contains(wanted)
                        || normalize(c.name().en()).contains(wanted))
            .toList();
    return partial.size() == 1 ? Optional.of(partial.get(0).code()) : Optional.empty();
  }

  static String normalize(String text) {
    return text == null
        ? ""
        : Normalizer.normalize(text.strip(), Normalizer.Form.NFD)
            .replaceAll("\\p{M}", "")
            .toLowerCase(Locale.ROOT);
  }
}
