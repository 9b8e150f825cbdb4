package ca.repere.lists.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Users;
import ca.repere.directory.CompiledService;
import ca.repere.directory.Directory;
import ca.repere.lists.ResourceList;
import ca.repere.lists.ResourceLists;
import ca.repere.lists.SavedSearch;
import ca.repere.lists.Visibility;
import ca.repere.lists.view.ListLine;
import ca.repere.search.Search;
import ca.repere.search.SearchHit;
import ca.repere.search.SearchQuery;
import ca.repere.shared.Lang;
import ca.repere.shared.LocalizedText;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Where a partner, specialist or curator builds and edits their own lists. */
@Controller
class StaffListsController {

  private final ResourceLists lists;
  private final Users users;
  private final Search search;
  private final Directory directory;
  private final PublicUrl publicUrl;

  StaffListsController(
      ResourceLists lists, Users users, Search search, Directory directory, PublicUrl publicUrl) {
    this.publicUrl = publicUrl;
    this.lists = lists;
    this.users = users;
    this.search = search;
    this.directory = directory;
  }

  @GetMapping("/staff/listes")
  String mine(Model model) {
    model.addAttribute("lists", lists.ownedBy(me().id()));
    return "lists/staff-lists";
  }

  @PostMapping("/staff/listes")
  String create(
      @RequestParam(defaultValue = "") String titleFr,
      @RequestParam(defaultValue = "") String titleEn,
      @RequestParam(defaultValue = "private") String visibility,
      @RequestParam(defaultValue = "") String searchText,
      @RequestParam(defaultValue = "") String searchWhere,
      @RequestParam(defaultValue = "") String searchCategories,
      Model model) {
    if (titleFr.isBlank() || titleFr.length() > 200 || titleEn.length() > 200) {
      model.addAttribute("error", "lists.error.title");
      return mine(model);
    }
    boolean living = !(searchText.isBlank() && searchWhere.isBlank() && searchCategories.isBlank());
    SavedSearch saved =
        living
            ? new SavedSearch(
                searchText.strip(),
                searchWhere.strip(),
                Arrays.stream(searchCategories.split(","))
                    .map(String::strip)
                    .filter(c -> !c.isEmpty())
                    .toList())
            : null;
    ResourceList list =
        lists.create(LocalizedText.of(titleFr, titleEn), me().id(), visibility(visibility), saved);
    return "redirect:/staff/listes/" + list.id();
  }

  @GetMapping("/staff/listes/{id}")
  String edit(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String q,
      Locale locale,
      Model model) {
    Lang lang = Lang.of(locale);
    ResourceList list = owned(id);
    model.addAttribute("list", list);
    model.addAttribute(
        "lines", lists.entries(list, lang).stream().map(e -> ListLine.of(e, lang)).toList());
    model.addAttribute("q", q);
    model.addAttribute(
        "embedCode",
        "<script src=\""
            + publicUrl.of("/listes/" + list.shareToken() + "/widget.js")
            + "\" data-lang=\"fr\" async></script>");
    model.addAttribute("found", q.isBlank() ? List.of() : found(q, lang));
    return "lists/staff-list";
  }

  @PostMapping("/staff/listes/{id}/ajouter")
  String add(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String serviceId,
      RedirectAttributes flash) {
    owned(id);
    Optional<UUID> service = parse(serviceId).filter(s -> directory.service(s).isPresent());
    if (service.isEmpty()) {
      flash.addFlashAttribute("error", "lists.error.service");
      flash.addFlashAttribute("badServiceId", serviceId);
    } else {
      lists.add(id, service.get());
    }
    return "redirect:/staff/listes/" + id;
  }

  @PostMapping("/staff/listes/{id}/deplacer")
  String move(@PathVariable UUID id, @RequestParam UUID serviceId, @RequestParam int direction) {
    owned(id);
    lists.move(id, serviceId, direction);
    return "redirect:/staff/listes/" + id;
  }

  @PostMapping("/staff/listes/{id}/note")
  String annotate(
      @PathVariable UUID id,
      @RequestParam UUID serviceId,
      @RequestParam(defaultValue = "") String noteFr,
      @RequestParam(defaultValue = "") String noteEn,
      RedirectAttributes flash) {
    owned(id);
    if (noteFr.length() > 1000 || noteEn.length() > 1000) {
      flash.addFlashAttribute("error", "lists.error.note");
    } else {
      lists.annotate(id, serviceId, LocalizedText.of(noteFr, noteEn));
    }
    return "redirect:/staff/listes/" + id;
  }

  @PostMapping("/staff/listes/{id}/retirer")
  String remove(@PathVariable UUID id, @RequestParam UUID serviceId) {
    owned(id);
    lists.remove(id, serviceId);
    return "redirect:/staff/listes/" + id;
  }

  @PostMapping("/staff/listes/{id}/decrire")
  String describe(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String titleFr,
      @RequestParam(defaultValue = "") String titleEn,
      @RequestParam(defaultValue = "private") String visibility,
      RedirectAttributes flash) {
    owned(id);
    if (titleFr.isBlank() || titleFr.length() > 200 || titleEn.length() > 200) {
      flash.addFlashAttribute("error", "lists.error.title");
    } else {
      lists.describe(id, LocalizedText.of(titleFr, titleEn), visibility(visibility));
    }
    return "redirect:/staff/listes/" + id;
  }

  @PostMapping("/staff/listes/{id}/supprimer")
  String delete(@PathVariable UUID id) {
    owned(id);
    lists.delete(id);
    return "redirect:/staff/listes";
  }

  /** Search results as (id, name) pairs to add with one button. */
  private List<Found> found(String q, Lang lang) {
    List<UUID> ids =
        search.search(SearchQuery.of(q, null, lang)).hits().stream()
            .map(SearchHit::serviceId)
            .distinct()
            .toList();
    return directory.services(ids).stream()
        .map(CompiledService::publicView)
        .map(
            s ->
                new Found(
                    s.service().id(),
                    s.service().name().in(lang),
                    s.organization().name().in(lang)))
        .toList();
  }

  record Found(UUID id, String name, String organization) {}

  /** Someone else's list is "not found": its existence is not disclosed. */
  private ResourceList owned(UUID id) {
    return lists
        .find(id)
        .filter(l -> l.ownerId().equals(me().id()))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }

  private CurrentUser me() {
    return users.current().orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED));
  }

  private static Visibility visibility(String value) {
    return Arrays.stream(Visibility.values())
        .filter(v -> v.name().equalsIgnoreCase(value))
        .findFirst()
        .orElse(Visibility.PRIVATE);
  }

  private static Optional<UUID> parse(String value) {
    try {
      return Optional.of(UUID.fromString(value.strip()));
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }
}
