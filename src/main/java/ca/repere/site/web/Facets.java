package ca.repere.site.web;

import ca.repere.search.Search;
import ca.repere.shared.Lang;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/** Turns the engine's facet counts into labelled checkboxes, keeping what the person checked. */
@Component
class Facets {

  private final MessageSource messages;
  private final ObjectProvider<Search> search;

  Facets(MessageSource messages, ObjectProvider<Search> search) {
    this.messages = messages;
    this.search = search;
  }

  List<FacetGroup> of(Map<String, Map<String, Long>> counts, SearchRequest request, Locale locale) {
    List<FacetGroup> groups = new ArrayList<>();
    many(groups, counts, "category", "categorie", request.categorie(), "category.", locale);
    many(groups, counts, "subcategory", "categorie", request.categorie(), "category.", locale);
    single(groups, counts, "open_now", "ouvert", request.ouvert(), locale);
    single(groups, counts, "free", "gratuit", request.gratuit(), locale);
    single(groups, counts, "wheelchair", "fauteuil", request.fauteuil(), locale);
    many(groups, counts, "language", "langue", request.langue(), null, locale);
    many(groups, counts, "audience", "public", request.audience(), "audience.", locale);
    return groups;
  }

  private void many(
      List<FacetGroup> groups,
      Map<String, Map<String, Long>> counts,
      String facet,
      String param,
      List<String> checked,
      String labelPrefix,
      Locale locale) {
    Map<String, Long> values = counts == null ? null : counts.get(facet);
    if (values == null || values.isEmpty()) {
      return;
    }
    List<FacetGroup.Value> boxes =
        values.entrySet().stream()
            .filter(e -> e.getValue() > 0 || checked.contains(e.getKey()))
            .map(
                e ->
                    new FacetGroup.Value(
                        "f-" + facet + "-" + e.getKey().replaceAll("[^A-Za-z0-9_-]", "_"),
                        e.getKey(),
                        label(labelPrefix, e.getKey(), locale),
                        e.getValue(),
                        checked.contains(e.getKey())))
            .toList();
    if (!boxes.isEmpty()) {
      groups.add(new FacetGroup(param, message("facet." + facet, locale), boxes));
    }
  }

  private void single(
      List<FacetGroup> groups,
      Map<String, Map<String, Long>> counts,
      String facet,
      String param,
      boolean checked,
      Locale locale) {
    Map<String, Long> values = counts == null ? null : counts.get(facet);
    long count = values == null ? 0 : values.getOrDefault("true", 0L);
    if (count > 0 || checked) {
      groups.add(
          new FacetGroup(
              param,
              message("facet." + facet, locale),
              List.of(
                  new FacetGroup.Value(
                      "f-" + facet,
                      "1",
                      message("facet." + facet + ".yes", locale),
                      count,
                      checked))));
    }
  }

  private String label(String prefix, String code, Locale locale) {
    if (prefix == null) {
      String name = Locale.forLanguageTag(code).getDisplayLanguage(locale);
      return name.isBlank() ? code : name;
    }
    // categories: their name in the taxonomy (curators rename them), in the person's language
    Search engine = prefix.equals("category.") ? search.getIfAvailable() : null;
    return Optional.ofNullable(engine)
        .flatMap(e -> e.categoryName(code))
        .map(name -> name.in(Lang.of(locale)))
        .filter(name -> !name.isBlank())
        .orElseGet(() -> messages.getMessage(prefix + code, null, code, locale));
  }

  private String message(String code, Locale locale) {
    return messages.getMessage(code, null, locale);
  }
}
