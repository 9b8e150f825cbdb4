package ca.repere.chat.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import ca.repere.chat.conversation.CannedReplies;
import ca.repere.chat.conversation.Chat;
import ca.repere.chat.conversation.ChatHours;
import ca.repere.chat.conversation.ChatLimits;
import ca.repere.chat.conversation.ChatQueue;
import ca.repere.chat.conversation.ChatRejected;
import ca.repere.chat.conversation.ChatStatistics;
import ca.repere.chat.conversation.OfflineMessages;
import ca.repere.chat.conversation.PartnerSites;
import ca.repere.chat.conversation.Specialist;
import ca.repere.chat.conversation.Specialists;
import ca.repere.shared.Lang;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The console's pages: the specialist console itself (a shell its script fills), and for
 * supervisors the supervision view (queue, waits, abandoned and active chats, load per specialist,
 * opening hours, offline messages) and the canned replies.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Controller
class ConsoleController {

  private final Users users;
  private final Specialists specialists;
  private final ChatQueue queue;
  private final ChatStatistics statistics;
  private final ChatHours hours;
  private final ChatLimits limits;
  private final CannedReplies canned;
  private final OfflineMessages offline;
  private final PartnerSites partners;

  ConsoleController(
      Users users,
      Specialists specialists,
      ChatQueue queue,
      ChatStatistics statistics,
      ChatHours hours,
      ChatLimits limits,
      CannedReplies canned,
      OfflineMessages offline,
      PartnerSites partners) {
    this.users = users;
    this.specialists = specialists;
    this.queue = queue;
    this.statistics = statistics;
    this.hours = hours;
    this.limits = limits;
    this.canned = canned;
    this.offline = offline;
    this.partners = partners;
  }

  @GetMapping("/staff/clavardage")
  String console(Model model) {
    CurrentUser me = staff();
    specialists.enrol(me.id(), me.displayName(), me.has(Role.SUPERVISOR));
    model.addAttribute("supervisor", me.has(Role.SUPERVISOR));
    model.addAttribute("maxLength", limits.maxLength());
    return "chat/console";
  }

  /** A row of the supervision tables. */
  record WaitingRow(Chat chat, long waitingSeconds, String specialist) {}

  @GetMapping("/staff/clavardage/supervision")
  String supervision(Model model) {
    users.require(Role.SUPERVISOR);
    Instant now = Instant.now();
    Map<UUID, String> names =
        specialists.all().stream()
            .collect(Collectors.toMap(Specialist::id, Specialist::displayName));
    Function<Chat, WaitingRow> row =
        chat ->
            new WaitingRow(
                chat,
                Duration.between(chat.isActive() ? chat.answeredAt() : chat.queuedAt(), now)
                    .toSeconds(),
                chat.specialistId() == null ? null : names.get(chat.specialistId()));
    List<WaitingRow> waiting = queue.waiting().stream().map(row).toList();
    model.addAttribute("waiting", waiting);
    model.addAttribute("longest", waiting.isEmpty() ? 0 : waiting.get(0).waitingSeconds());
    model.addAttribute("active", queue.active().stream().map(row).toList());
    model.addAttribute("day", statistics.lastDay());
    model.addAttribute("specialists", specialists.all());
    model.addAttribute("hours", hours.text());
    model.addAttribute("closedOnHolidays", hours.closedOnHolidays());
    model.addAttribute("offline", offline.unhandled());
    model.addAttribute("partners", String.join("\n", partners.origins()));
    return "chat/supervision";
  }

  @PostMapping("/staff/clavardage/supervision/heures")
  String saveHours(
      @RequestParam String hours,
      @RequestParam(defaultValue = "false") boolean closedOnHolidays,
      RedirectAttributes redirect) {
    users.require(Role.SUPERVISOR);
    try {
      this.hours.replace(hours, closedOnHolidays);
      redirect.addFlashAttribute("saved", true);
    } catch (ChatRejected rejected) {
      redirect.addFlashAttribute("hoursError", rejected.messageKey());
      redirect.addFlashAttribute("hoursErrorArgs", rejected.arguments());
    }
    return "redirect:/staff/clavardage/supervision";
  }

  /** The partner sites that may frame the widget; a wrong entry is named and nothing changes. */
  @PostMapping("/staff/clavardage/supervision/partenaires")
  String savePartners(
      @RequestParam(defaultValue = "") String partners, RedirectAttributes redirect) {
    users.require(Role.SUPERVISOR);
    try {
      this.partners.replace(partners);
      redirect.addFlashAttribute("saved", true);
    } catch (ChatRejected rejected) {
      redirect.addFlashAttribute("partnersError", rejected.messageKey());
      redirect.addFlashAttribute("partnersErrorArgs", rejected.arguments());
      redirect.addFlashAttribute("partnersText", partners);
    }
    return "redirect:/staff/clavardage/supervision";
  }

  @PostMapping("/staff/clavardage/supervision/hors-heures/{id}/traite")
  String handled(@PathVariable UUID id) {
    users.require(Role.SUPERVISOR);
    offline.handled(id);
    return "redirect:/staff/clavardage/supervision";
  }

  @GetMapping("/staff/clavardage/supervision/reponses")
  String cannedReplies(Model model) {
    users.require(Role.SUPERVISOR);
    model.addAttribute("replies", canned.all());
    return "chat/canned";
  }

  @PostMapping("/staff/clavardage/supervision/reponses")
  String saveCanned(
      @RequestParam(required = false) UUID id,
      @RequestParam String language,
      @RequestParam String title,
      @RequestParam String body,
      RedirectAttributes redirect) {
    CurrentUser me = users.require(Role.SUPERVISOR);
    try {
      canned.save(id, Lang.parse(language), title, body, me.id());
      redirect.addFlashAttribute("saved", true);
    } catch (ChatRejected rejected) {
      redirect.addFlashAttribute("cannedError", rejected.messageKey());
    }
    return "redirect:/staff/clavardage/supervision/reponses";
  }

  @PostMapping("/staff/clavardage/supervision/reponses/{id}/supprimer")
  String deleteCanned(@PathVariable UUID id) {
    users.require(Role.SUPERVISOR);
    canned.delete(id);
    return "redirect:/staff/clavardage/supervision/reponses";
  }

  private CurrentUser staff() {
    CurrentUser me = users.current().orElseThrow();
    if (!ChatAccess.isStaff(me)) {
      throw new org.springframework.security.access.AccessDeniedException("chat staff only");
    }
    return me;
  }
}
