package ca.repere.chat.web;

import ca.repere.accounts.CsrfExemption;
import ca.repere.chat.conversation.ChatHours;
import ca.repere.chat.conversation.ChatLimits;
import ca.repere.chat.conversation.ChatRejected;
import ca.repere.chat.conversation.OfflineMessages;
import ca.repere.chat.conversation.PartnerSites;
import ca.repere.shared.Lang;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The citizen's chat page on this site ({@code /clavardage}) and the same widget for partners'
 * sites ({@code /clavardage/widget}, the only chat page other origins may frame: {@code
 * repere.chat.frame-ancestors} and the {@link PartnerSites} supervisors add). Outside opening hours
 * both show the hours, the 211 line and a form to leave a message.
 */
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
@Controller
class ChatPageController {

  private final ChatHours hours;
  private final ChatLimits limits;
  private final OfflineMessages offline;
  private final Duration retention;
  private final PartnerSites partners;
  private final String widgetPolicy;

  ChatPageController(
      ChatHours hours,
      ChatLimits limits,
      OfflineMessages offline,
      PartnerSites partners,
      @Value("${repere.retention.chat-transcripts:90d}") Duration retention,
      @Value("${repere.chat.frame-ancestors:'self'}") String frameAncestors) {
    this.hours = hours;
    this.limits = limits;
    this.offline = offline;
    this.partners = partners;
    this.retention = retention;
    this.widgetPolicy =
        "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self';"
            + " connect-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self';"
            + " frame-ancestors "
            + frameAncestors;
  }

  /** The public API is called with the chat's token in a header, never with a session cookie. */
  @Bean
  static CsrfExemption chatApi() {
    return new CsrfExemption("/api/chat/**");
  }

  @GetMapping("/clavardage")
  String page(@RequestParam(required = false) String envoye, Model model) {
    describe(model, false, envoye != null);
    return "chat/page";
  }

  @GetMapping("/clavardage/widget")
  String widget(
      @RequestParam(required = false) String envoye, Model model, HttpServletResponse response) {
    response.setHeader("Content-Security-Policy", widgetPolicy());
    describe(model, true, envoye != null);
    return "chat/widget";
  }

  /** A message left outside opening hours. */
  @PostMapping("/clavardage/message")
  String leaveMessage(
      @RequestParam(defaultValue = "") String body,
      @RequestParam(defaultValue = "") String replyTo,
      @RequestParam(defaultValue = "") String place,
      @RequestParam(defaultValue = "false") boolean widget,
      Locale locale,
      Model model,
      HttpServletResponse response) {
    try {
      offline.leave(Lang.of(locale), place, body, replyTo);
      return "redirect:/clavardage" + (widget ? "/widget" : "") + "?envoye";
    } catch (ChatRejected rejected) {
      model.addAttribute("offlineError", rejected.messageKey());
      model.addAttribute("offlineErrorArgs", rejected.arguments());
      model.addAttribute(
          "offlineField", rejected.messageKey().equals("chat.error.place") ? "place" : "body");
      model.addAttribute("offlineBody", body);
      model.addAttribute("offlineReplyTo", replyTo);
      model.addAttribute("offlinePlace", place);
      if (widget) {
        response.setHeader("Content-Security-Policy", widgetPolicy());
      }
      describe(model, widget, false);
      response.setStatus(400);
      return widget ? "chat/widget" : "chat/page";
    }
  }

  /** The configured frame ancestors and the partner sites supervisors added since. */
  private String widgetPolicy() {
    List<String> added = partners.origins();
    return added.isEmpty() ? widgetPolicy : widgetPolicy + " " + String.join(" ", added);
  }

  private void describe(Model model, boolean widget, boolean sent) {
    model.addAttribute("open", hours.isOpenNow());
    model.addAttribute("openings", hours.openings());
    model.addAttribute("closedOnHolidays", hours.closedOnHolidays());
    model.addAttribute("holidays", hours.closedHolidays());
    model.addAttribute("retentionDays", retention.toDays());
    model.addAttribute("maxLength", limits.maxLength());
    model.addAttribute("widget", widget);
    model.addAttribute("offlineSent", sent);
  }
}
