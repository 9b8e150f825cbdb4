package ca.repere.lists.web;

import ca.repere.accounts.Mailer;
import ca.repere.accounts.Users;
import ca.repere.lists.ListSubscriptions;
import ca.repere.lists.ResourceList;
import ca.repere.lists.ResourceLists;
import ca.repere.lists.SmsSender;
import ca.repere.lists.view.ListLine;
import ca.repere.lists.view.ListText;
import ca.repere.shared.Lang;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A specialist sends one of their lists to a citizen, by e-mail or as SMS-ready text (sent through
 * the configured {@link SmsSender}, or shown to copy when there is none). The address or number is
 * used for the message only and never stored.
 */
@Controller
class SendListController {

  private static final Pattern PHONE = Pattern.compile("^\\+?[0-9 ().-]{7,20}$");

  private final ResourceLists lists;
  private final Users users;
  private final Mailer mailer;
  private final MessageSource messages;
  private final PublicUrl publicUrl;
  private final Optional<SmsSender> sms;

  SendListController(
      ResourceLists lists,
      Users users,
      Mailer mailer,
      MessageSource messages,
      PublicUrl publicUrl,
      Optional<SmsSender> sms) {
    this.lists = lists;
    this.users = users;
    this.mailer = mailer;
    this.messages = messages;
    this.publicUrl = publicUrl;
    this.sms = sms;
  }

  @PostMapping("/staff/listes/{id}/envoyer-courriel")
  String byEmail(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String email,
      @RequestParam(name = "messageLang", defaultValue = "fr") String lang,
      RedirectAttributes flash) {
    ResourceList list = owned(id);
    if (!ListSubscriptions.isEmailAddress(email)) {
      return refused(id, flash, "lists.send.error.email", email);
    }
    Lang language = Lang.parse(lang);
    boolean sent =
        mailer.send(
            email.strip(),
            language,
            "lists/send-list",
            Map.of(
                "list", list.title().in(language),
                "services", ListText.full(lines(list, language), key -> word(key, language)),
                "link",
                    link(list, language)
                        .map(l -> "\n" + word("lists.send.online", language) + "\n" + l + "\n")
                        .orElse("")));
    flash.addFlashAttribute("sendStatus", sent ? "lists.send.sent" : "lists.send.failed");
    flash.addFlashAttribute("sendTo", email.strip());
    return "redirect:/staff/listes/" + id + "#envoyer";
  }

  @PostMapping("/staff/listes/{id}/texto")
  String bySms(
      @PathVariable UUID id,
      @RequestParam(defaultValue = "") String phone,
      @RequestParam(name = "messageLang", defaultValue = "fr") String lang,
      RedirectAttributes flash) {
    ResourceList list = owned(id);
    if (!phone.isBlank() && !PHONE.matcher(phone.strip()).matches()) {
      return refused(id, flash, "lists.send.error.phone", phone);
    }
    Lang language = Lang.parse(lang);
    String text =
        ListText.sms(
            list.title().in(language), lines(list, language), link(list, language).orElse(null));
    flash.addFlashAttribute("smsText", text);
    if (phone.isBlank() || sms.isEmpty()) {
      flash.addFlashAttribute("smsStatus", "lists.sms.none");
    } else {
      boolean sent = sms.get().send(phone.strip(), text);
      flash.addFlashAttribute("smsStatus", sent ? "lists.sms.sent" : "lists.sms.failed");
      flash.addFlashAttribute("smsProvider", sms.get().name());
    }
    return "redirect:/staff/listes/" + id + "#envoyer";
  }

  private String refused(UUID id, RedirectAttributes flash, String error, String value) {
    flash.addFlashAttribute("sendError", error);
    flash.addFlashAttribute("sendValue", value);
    return "redirect:/staff/listes/" + id + "#envoyer";
  }

  private List<ListLine> lines(ResourceList list, Lang lang) {
    return lists.entries(list, lang).stream().map(e -> ListLine.of(e, lang)).toList();
  }

  /** A private list has no public link: the message then carries the services only. */
  private Optional<String> link(ResourceList list, Lang lang) {
    return list.visibility().isShared()
        ? Optional.of(publicUrl.of("/listes/" + list.shareToken() + "?lang=" + lang.code()))
        : Optional.empty();
  }

  private String word(String key, Lang lang) {
    return messages.getMessage(key, null, lang.locale());
  }

  private ResourceList owned(UUID id) {
    UUID me =
        users
            .current()
            .orElseThrow(() -> new ResponseStatusException(HttpStatus.UNAUTHORIZED))
            .id();
    return lists
        .find(id)
        .filter(l -> l.ownerId().equals(me))
        .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
  }
}
