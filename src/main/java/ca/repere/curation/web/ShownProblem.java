package ca.repere.curation.web;

import ca.repere.curation.Problem;
import java.util.List;
import java.util.Locale;
import org.springframework.context.MessageSource;

/** A problem as the page shows it: the field's id (for a link) and "Field: what is wrong". */
record ShownProblem(String field, String text) {

  static List<ShownProblem> of(List<Problem> problems, MessageSource messages, Locale locale) {
    return problems.stream()
        .map(
            p ->
                new ShownProblem(
                    p.field(),
                    messages.getMessage("curation.field." + p.field(), null, p.field(), locale)
                        + " : "
                        + messages.getMessage(p.messageKey(), p.arguments().toArray(), locale)))
        .toList();
  }
}
