package ca.repere.curation.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import ca.repere.curation.InvalidSubmissionException;
import ca.repere.curation.TaxonomyEditing;
import ca.repere.directory.RepereCategory;
import ca.repere.shared.Lang;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiConsumer;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** Curators add, rename, move and retire the categories of needs. */
@Controller
class TaxonomyController {

  private static final String PAGE = "/staff/curation/taxonomie";

  private final Users users;
  private final TaxonomyEditing taxonomy;
  private final MessageSource messages;

  TaxonomyController(Users users, TaxonomyEditing taxonomy, MessageSource messages) {
    this.users = users;
    this.taxonomy = taxonomy;
    this.messages = messages;
  }

  @ModelAttribute("lang")
  Lang lang(Locale locale) {
    return Lang.of(locale);
  }

  @GetMapping(PAGE)
  String page(Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    model.addAttribute("terms", taxonomy.terms(me));
    model.addAttribute("parents", taxonomy.parents(me));
    return "curation/taxonomy";
  }

  @PostMapping(PAGE)
  String add(
      @RequestParam(required = false) String code,
      @RequestParam(required = false) String parentCode,
      @RequestParam(required = false) String nameFr,
      @RequestParam(required = false) String nameEn,
      Locale locale,
      Model model) {
    try {
      taxonomy.add(users.require(Role.CURATOR), code, parentCode, nameFr, nameEn);
      return "redirect:" + PAGE + "?ajoute";
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      model.addAttribute("entered", new Entered(code, parentCode, nameFr, nameEn));
      return page(model);
    }
  }

  @GetMapping(PAGE + "/correspondances")
  String crosswalk(Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    Map<String, List<TaxonomyEditing.Mapping>> crosswalks = new LinkedHashMap<>();
    TaxonomyEditing.EXTERNAL.forEach(t -> crosswalks.put(t, taxonomy.crosswalk(me, t)));
    model.addAttribute("crosswalks", crosswalks);
    return "curation/taxonomy-crosswalk";
  }

  @PostMapping(PAGE + "/correspondances")
  String map(
      @RequestParam(required = false) String externalTaxonomy,
      @RequestParam(required = false) String externalCode,
      @RequestParam(required = false) String repereCodes,
      Locale locale,
      Model model) {
    try {
      taxonomy.map(users.require(Role.CURATOR), externalTaxonomy, externalCode, repereCodes);
      return "redirect:" + PAGE + "/correspondances?modifie";
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      model.addAttribute(
          "mapping", new EnteredMapping(externalTaxonomy, externalCode, repereCodes));
      return crosswalk(model);
    }
  }

  @GetMapping(PAGE + "/{code}")
  String term(@PathVariable String code, Model model) {
    CurrentUser me = users.require(Role.CURATOR);
    TaxonomyEditing.Term term = taxonomy.term(me, code);
    model.addAttribute("term", term);
    model.addAttribute("parents", taxonomy.parents(me));
    if (!model.containsAttribute("entered")) {
      RepereCategory category = term.category();
      model.addAttribute(
          "entered",
          new Entered(code, category.parentCode(), category.name().fr(), category.name().en()));
    }
    return "curation/taxonomy-term";
  }

  @PostMapping(PAGE + "/{code}")
  String edit(
      @PathVariable String code,
      @RequestParam(required = false) String parentCode,
      @RequestParam(required = false) String nameFr,
      @RequestParam(required = false) String nameEn,
      Locale locale,
      Model model) {
    try {
      taxonomy.edit(users.require(Role.CURATOR), code, nameFr, nameEn, parentCode);
      return "redirect:" + PAGE + "?modifie";
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      model.addAttribute("entered", new Entered(code, parentCode, nameFr, nameEn));
      return term(code, model);
    }
  }

  @PostMapping(PAGE + "/{code}/retirer")
  String retire(@PathVariable String code, Locale locale, Model model) {
    return change(code, taxonomy::retire, "retire", locale, model);
  }

  @PostMapping(PAGE + "/{code}/remettre")
  String restore(@PathVariable String code, Locale locale, Model model) {
    return change(code, taxonomy::restore, "remis", locale, model);
  }

  /** Retires or restores a term, then back to the list; refused, the term's page with why. */
  private String change(
      String code,
      BiConsumer<CurrentUser, String> change,
      String done,
      Locale locale,
      Model model) {
    try {
      change.accept(users.require(Role.CURATOR), code);
      return "redirect:" + PAGE + "?" + done;
    } catch (InvalidSubmissionException e) {
      model.addAttribute("problems", ShownProblem.of(e.problems(), messages, locale));
      return term(code, model);
    }
  }

  /** The crosswalk a curator typed, shown again when refused. */
  record EnteredMapping(String externalTaxonomy, String externalCode, String repereCodes) {}

  /** What the curator typed, shown again when refused. */
  record Entered(String code, String parentCode, String nameFr, String nameEn) {}
}
