package ca.repere.lists.web;

import ca.repere.lists.ListSubscriptions;
import ca.repere.lists.ResourceList;
import ca.repere.lists.ResourceLists;
import ca.repere.shared.Lang;
import java.util.Locale;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Subscribing to a shared list's changes (double opt-in), confirming and unsubscribing. Links in
 * mails open a page with a button: a mail scanner following links confirms or cancels nothing.
 */
@Controller
class SubscriptionController {

  private final ResourceLists lists;
  private final ListSubscriptions subscriptions;
  private final PublicUrl publicUrl;

  SubscriptionController(
      ResourceLists lists, ListSubscriptions subscriptions, PublicUrl publicUrl) {
    this.lists = lists;
    this.subscriptions = subscriptions;
    this.publicUrl = publicUrl;
  }

  @PostMapping("/listes/{token}/abonnement")
  String subscribe(
      @PathVariable String token,
      @RequestParam(defaultValue = "") String email,
      Locale locale,
      RedirectAttributes flash) {
    ResourceList list =
        lists.shared(token).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    if (ListSubscriptions.isEmailAddress(email)) {
      subscriptions.subscribe(list, email, Lang.of(locale), publicUrl.base());
      flash.addFlashAttribute("subscribed", true);
    } else {
      flash.addFlashAttribute("subscribeError", "lists.subscribe.error.email");
      flash.addFlashAttribute("badEmail", email);
    }
    return "redirect:/listes/" + token + "#abonnement";
  }

  @GetMapping("/listes/abonnement")
  String confirmation(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("action", "confirm");
    return "lists/subscription";
  }

  @PostMapping("/listes/abonnement")
  String confirm(
      @RequestParam(name = "jeton", defaultValue = "") String token, Locale locale, Model model) {
    model.addAttribute("action", "done");
    subscriptions
        .confirm(token)
        .ifPresentOrElse(
            list -> model.addAttribute("confirmedList", list.title().in(Lang.of(locale))),
            () -> model.addAttribute("invalid", true));
    return "lists/subscription";
  }

  @GetMapping("/listes/desabonnement")
  String unsubscription(
      @RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("action", "unsubscribe");
    return "lists/subscription";
  }

  @PostMapping("/listes/desabonnement")
  String unsubscribe(@RequestParam(name = "jeton", defaultValue = "") String token, Model model) {
    model.addAttribute("action", "done");
    if (subscriptions.unsubscribe(token)) {
      model.addAttribute("unsubscribed", true);
    } else {
      model.addAttribute("invalid", true);
    }
    return "lists/subscription";
  }
}
