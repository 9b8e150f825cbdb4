package ca.repere.curation.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import ca.repere.curation.InvalidSubmissionException;
import ca.repere.curation.SynonymDictionary;
import ca.repere.directory.RepereTaxonomy;
import java.util.Locale;
import java.util.UUID;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Curators maintain the synonyms of search, and see the taxonomy's codes they map to. */
@Controller
class SynonymController {

  private final Users users;
  private final SynonymDictionary synonyms;
  private final RepereTaxonomy taxonomy;
  private final MessageSource messages;

  SynonymController(
      Users users, SynonymDictionary synonyms, RepereTaxonomy taxonomy, MessageSource messages) {
    this.users = users;
    this.synonyms = synonyms;
    this.taxonomy = taxonomy;
    this.messages = messages;
  }

  @GetMapping("/staff/curation/synonymes")
  String page(Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    model.addAttribute("synonyms", synonyms.list(me));
    model.addAttribute("categories", taxonomy.categories());
    return "curation/synonyms";
  }

  @PostMapping("/staff/curation/synonymes")
  String add(
      @RequestParam(required = false) String phrase,
      @RequestParam(required = false) String codes,
      Locale locale,
      Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    try {
      synonyms.add(me, phrase, codes);
      return "redirect:/staff/curation/synonymes?ajoute";
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      model.addAttribute("phrase", phrase);
      model.addAttribute("codes", codes);
      return page(model);
    }
  }

  @PostMapping("/staff/curation/synonymes/{id}/supprimer")
  String remove(@PathVariable UUID id) {
    synonyms.remove(users.require(Role.CURATOR), id);
    return "redirect:/staff/curation/synonymes?supprime";
  }
}
