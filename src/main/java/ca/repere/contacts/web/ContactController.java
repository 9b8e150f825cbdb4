package ca.repere.contacts.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Users;
import ca.repere.contacts.AgeGroup;
import ca.repere.contacts.CallerType;
import ca.repere.contacts.Channel;
import ca.repere.contacts.ContactRecord;
import ca.repere.contacts.ContactRecords;
import ca.repere.contacts.FollowUpOutcome;
import ca.repere.contacts.InvalidContactException;
import ca.repere.contacts.InvalidContactException.FieldProblem;
import ca.repere.contacts.NewContact;
import ca.repere.contacts.Outcome;
import ca.repere.contacts.Referral;
import ca.repere.contacts.UnmetReason;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.directory.RepereCategory;
import ca.repere.directory.RepereTaxonomy;
import ca.repere.geography.Geography;
import ca.repere.geography.Mrc;
import ca.repere.geography.Municipality;
import ca.repere.geography.Region;
import ca.repere.search.Search;
import ca.repere.search.SearchHit;
import ca.repere.search.SearchQuery;
import ca.repere.shared.Lang;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.springframework.http.HttpStatus;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The specialists' contact pages: the keyboard-first form (with a directory search inside it), the
 * list of my contacts and a contact's detail. Only specialists and supervisors reach them.
 */
@Controller
@RequestMapping("/staff/contacts")
class ContactController {

  private static final int SEARCH_RESULTS = 8;
  private static final int RECENT_REFERRALS = 6;

  private final Users users;
  private final ContactRecords records;
  private final RepereTaxonomy taxonomy;
  private final Search search;
  private final Directory directory;
  private final Geography geography;

  ContactController(
      Users users,
      ContactRecords records,
      RepereTaxonomy taxonomy,
      Search search,
      Directory directory,
      Geography geography) {
    this.geography = geography;
    this.users = users;
    this.records = records;
    this.taxonomy = taxonomy;
    this.search = search;
    this.directory = directory;
  }

  @GetMapping
  String mine(Model model, Locale locale) {
    CurrentUser me = me();
    model.addAttribute("contacts", records.recordedBy(me, 50));
    model.addAttribute("needNames", needNames());
    model.addAttribute("lang", Lang.of(locale));
    return "contacts/list";
  }

  /**
   * A new contact, starting now; or pre-filled by another page (the chat console closing a chat):
   * see {@link Prefill}. A value that cannot be used is left out and named as a field error.
   */
  @GetMapping("/nouveau")
  String form(@ModelAttribute Prefill prefill, Model model, Locale locale) {
    me();
    ContactForm form = ContactForm.startingNow();
    List<FieldProblem> problems = prefill.fill(form, directory);
    Map<String, List<FieldProblem>> errors = new LinkedHashMap<>();
    problems.forEach(p -> errors.computeIfAbsent(p.field(), f -> new ArrayList<>()).add(p));
    return showForm(form, errors, List.of(), model, locale);
  }

  /**
   * Saves the contact, or (button "search") searches the directory for referrals and shows the form
   * again with the results, everything typed kept.
   */
  @PostMapping("/nouveau")
  String save(
      @ModelAttribute("form") ContactForm form,
      @RequestParam(name = "action", defaultValue = "save") String action,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    CurrentUser me = me();
    return submit(
        form,
        action,
        contact -> "redirect:/staff/contacts/" + records.record(contact, me) + "?enregistre",
        model,
        locale,
        response);
  }

  /** My follow-ups: overdue and due first. */
  @GetMapping("/suivis")
  String followUps(Model model, Locale locale) {
    model.addAttribute("followUps", records.followUpsOf(me()));
    model.addAttribute("today", LocalDate.now(ContactForm.QUEBEC));
    model.addAttribute("needNames", needNames());
    model.addAttribute("lang", Lang.of(locale));
    return "contacts/follow-ups";
  }

  /** Records what came of a follow-up; on a bad date, the contact again with the error (422). */
  @PostMapping("/{id}/suivi")
  String recordFollowUp(
      @PathVariable UUID id,
      @RequestParam(name = "followUpOutcome", required = false) String outcome,
      @RequestParam(name = "nextOn", required = false) String nextOn,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    CurrentUser me = me();
    List<FieldProblem> problems = new ArrayList<>();
    LocalDate next = null;
    try {
      next = nextOn == null || nextOn.isBlank() ? null : LocalDate.parse(nextOn.strip());
      records.recordFollowUp(id, FollowUpOutcome.parse(outcome), next, me);
      return "redirect:/staff/contacts/" + id + "?suivi";
    } catch (DateTimeParseException e) {
      problems.add(new FieldProblem("nextOn", "contacts.error.bad-date", List.of()));
    } catch (InvalidContactException e) {
      problems.addAll(e.problems());
    }
    response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
    model.addAttribute("followUpErrors", problems);
    model.addAttribute("nextOn", nextOn);
    return detail(id, model, locale);
  }

  @GetMapping("/{id}")
  String detail(@PathVariable UUID id, Model model, Locale locale) {
    CurrentUser me = me();
    ContactRecord contact = records.read(id, me);
    model.addAttribute("followUpOutcomes", FollowUpOutcome.values());
    model.addAttribute("contact", contact);
    model.addAttribute("needNames", needNames());
    model.addAttribute("serviceNames", serviceNames(contact.referrals(), Lang.of(locale)));
    model.addAttribute("placeName", placeName(contact));
    model.addAttribute("lang", Lang.of(locale));
    return "contacts/detail";
  }

  /** The form filled with a saved contact (reading it is audited). */
  @GetMapping("/{id}/modifier")
  String editForm(@PathVariable UUID id, Model model, Locale locale) {
    ContactRecord contact = records.read(id, me());
    model.addAttribute("editing", id);
    return showForm(
        ContactForm.of(contact, placeToType(contact)), Map.of(), List.of(), model, locale);
  }

  /** Saves the edited contact (all or nothing), or searches the directory as the new form does. */
  @PostMapping("/{id}/modifier")
  String edit(
      @PathVariable UUID id,
      @ModelAttribute("form") ContactForm form,
      @RequestParam(name = "action", defaultValue = "save") String action,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    CurrentUser me = me();
    model.addAttribute("editing", id);
    return submit(
        form,
        action,
        contact -> {
          records.edit(id, form.getRevision(), contact, me);
          return "redirect:/staff/contacts/" + id + "?modifie";
        },
        model,
        locale,
        response);
  }

  private String submit(
      ContactForm form,
      String action,
      Function<NewContact, String> saving,
      Model model,
      Locale locale,
      HttpServletResponse response) {
    Optional<FieldProblem> unknownNeed = addTypedNeed(form);
    if (unknownNeed.isPresent()) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      return showForm(
          form, Map.of("addNeed", List.of(unknownNeed.get())), List.of(), model, locale);
    }
    if (action.equals("search")) {
      return showForm(form, Map.of(), searchServices(form, locale), model, locale);
    }
    List<String> badTimes = new ArrayList<>();
    try {
      NewContact contact = form.toContact(badTimes);
      if (!badTimes.isEmpty()) {
        throw new InvalidContactException(
            badTimes.stream()
                .map(f -> new FieldProblem(f, "contacts.error.bad-time", List.of()))
                .toList());
      }
      return saving.apply(contact);
    } catch (InvalidContactException e) {
      response.setStatus(HttpStatus.UNPROCESSABLE_ENTITY.value());
      Map<String, List<FieldProblem>> errors = new LinkedHashMap<>();
      for (FieldProblem problem : e.problems()) {
        errors.computeIfAbsent(problem.field(), f -> new ArrayList<>()).add(problem);
      }
      return showForm(form, errors, List.of(), model, locale);
    }
  }

  /**
   * Checks the need typed in "add a need" (Enter there submits the form when scripts are off), and
   * empties the field; a problem when no need has that name.
   */
  private Optional<FieldProblem> addTypedNeed(ContactForm form) {
    String typed = form.getAddNeed();
    if (typed == null || typed.isBlank()) {
      return Optional.empty();
    }
    Optional<String> code = TypedNeed.find(typed, taxonomy);
    if (code.isEmpty()) {
      return Optional.of(
          new FieldProblem("addNeed", "contacts.error.unknown-need", List.of(typed.strip())));
    }
    if (!form.getNeeds().contains(code.get())) {
      form.getNeeds().add(code.get());
    }
    form.setAddNeed(null);
    return Optional.empty();
  }

  /**
   * What to type in the place field to find the contact's place again (a code resolves exactly).
   */
  private String placeToType(ContactRecord contact) {
    if (contact.municipalityCode() != null) {
      return contact.municipalityCode();
    }
    if (contact.mrcCode() != null) {
      return geography.mrc(contact.mrcCode()).map(Mrc::name).orElse("");
    }
    return contact.regionCode() == null
        ? ""
        : geography.region(contact.regionCode()).map(Region::name).orElse("");
  }

  private String placeName(ContactRecord contact) {
    if (contact.municipalityCode() != null) {
      return geography
          .municipality(contact.municipalityCode())
          .map(Municipality::name)
          .orElse(contact.municipalityCode());
    }
    String other = placeToType(contact);
    return other.isEmpty() ? null : other;
  }

  private String showForm(
      ContactForm form,
      Map<String, List<FieldProblem>> errors,
      List<Result> results,
      Model model,
      Locale locale) {
    model.addAttribute("form", form);
    model.addAttribute("errors", errors);
    model.addAttribute("recent", recentReferrals(form, Lang.of(locale)));
    Instant started =
        form.getEnded() == null || form.getEnded().isBlank() ? form.startedInstant() : null;
    model.addAttribute(
        "timerStart",
        model.getAttribute("editing") == null && started != null ? started.toEpochMilli() : null);
    model.addAttribute("results", results);
    model.addAttribute(
        "searched",
        (form.getSearchText() != null && !form.getSearchText().isBlank())
            || (form.getSearchNeed() != null && !form.getSearchNeed().isBlank()));
    model.addAttribute("chosen", chosenReferrals(form, Lang.of(locale)));
    model.addAttribute("topCategories", taxonomy.topCategories());
    model.addAttribute("taxonomy", taxonomy);
    model.addAttribute("channels", Channel.values());
    model.addAttribute("callerTypes", CallerType.values());
    model.addAttribute("ageGroups", AgeGroup.values());
    model.addAttribute("outcomes", Outcome.values());
    model.addAttribute("unmetReasons", UnmetReason.values());
    int unmetRows = Math.max(ContactForm.UNMET_ROWS, form.getUnmetNeed().size() + 1);
    model.addAttribute(
        "unmetRows", java.util.stream.IntStream.range(0, unmetRows).boxed().toList());
    model.addAttribute("lang", Lang.of(locale));
    return "contacts/form";
  }

  /** A search result or a chosen referral, as the form shows it. */
  record Result(String value, String name, String organization, String needCode) {}

  private List<Result> searchServices(ContactForm form, Locale locale) {
    String need =
        form.getSearchNeed() == null || form.getSearchNeed().isBlank()
            ? null
            : form.getSearchNeed();
    String text = form.getSearchText() == null ? "" : form.getSearchText().strip();
    if (need == null && text.isEmpty()) {
      return List.of();
    }
    Lang lang = Lang.of(locale);
    SearchQuery query =
        new SearchQuery(
            text,
            form.getPlace() == null ? "" : form.getPlace(),
            lang,
            need == null ? Set.of() : Set.of(need),
            null,
            Set.of(),
            false,
            Set.of(),
            false,
            SearchQuery.Sort.RELEVANCE,
            1,
            SEARCH_RESULTS);
    List<UUID> ids =
        search.search(query).hits().stream().map(SearchHit::serviceId).distinct().toList();
    List<Result> results = new ArrayList<>();
    Map<UUID, CompiledService> services = new LinkedHashMap<>();
    directory.services(ids).forEach(s -> services.put(s.service().id(), s));
    for (UUID id : ids) {
      CompiledService service = services.get(id);
      if (service != null) {
        results.add(result(service, need, lang));
      }
    }
    return results;
  }

  /** The services I referred to most recently, except those already chosen on this form. */
  private List<Result> recentReferrals(ContactForm form, Lang lang) {
    Set<UUID> chosen = new HashSet<>();
    form.getReferrals().stream()
        .map(ContactForm::referral)
        .filter(r -> r != null)
        .forEach(r -> chosen.add(r.serviceId()));
    List<UUID> recent =
        records.recentReferralsOf(me(), RECENT_REFERRALS).stream()
            .filter(id -> !chosen.contains(id))
            .toList();
    Map<UUID, CompiledService> services = new LinkedHashMap<>();
    directory.services(recent).forEach(s -> services.put(s.service().id(), s));
    return recent.stream()
        .map(services::get)
        .filter(s -> s != null)
        .map(s -> result(s, null, lang))
        .toList();
  }

  private List<Result> chosenReferrals(ContactForm form, Lang lang) {
    List<Result> chosen = new ArrayList<>();
    for (String value : form.getReferrals()) {
      Referral referral = ContactForm.referral(value);
      if (referral != null) {
        directory
            .service(referral.serviceId())
            .ifPresent(s -> chosen.add(result(s, referral.needCode(), lang)));
      }
    }
    return chosen;
  }

  private static Result result(CompiledService service, String need, Lang lang) {
    String value = service.service().id() + (need == null ? "" : "|" + need);
    return new Result(
        value,
        service.service().name().in(lang),
        service.organization() == null ? "" : service.organization().name().in(lang),
        need);
  }

  private Map<UUID, String> serviceNames(List<Referral> referrals, Lang lang) {
    Map<UUID, String> names = new LinkedHashMap<>();
    directory
        .services(referrals.stream().map(Referral::serviceId).toList())
        .forEach(s -> names.put(s.service().id(), s.service().name().in(lang)));
    return names;
  }

  /**
   * Names of every need code, retired ones too: older contacts keep the needs they were coded with.
   */
  private Map<String, RepereCategory> needNames() {
    Map<String, RepereCategory> names = new LinkedHashMap<>();
    taxonomy.allCategories().forEach(c -> names.put(c.code(), c));
    return names;
  }

  /** The signed-in specialist or supervisor; anyone else is refused (403). */
  private CurrentUser me() {
    CurrentUser me = users.current().orElseThrow(() -> new AccessDeniedException("Not signed in"));
    if (!ContactRecords.mayRecord(me)) {
      throw new AccessDeniedException("Contact records are for specialists and supervisors");
    }
    return me;
  }
}
