package ca.repere.accounts.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Users;
import ca.repere.accounts.account.SignedInSessions;
import jakarta.servlet.http.HttpSession;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;

/** The staff home: who you are, and links to the consoles your roles open. */
@Controller
class StaffController {

  private final Users users;
  private final SignedInSessions sessions;

  StaffController(Users users, SignedInSessions sessions) {
    this.users = users;
    this.sessions = sessions;
  }

  @GetMapping("/staff")
  String home(Model model) {
    model.addAttribute("me", users.current().orElseThrow());
    return "accounts/staff";
  }

  /** "Log out everywhere": every other session of this person ends, on every node. */
  @PostMapping("/staff/deconnexion-partout")
  String logoutEverywhere(HttpSession session) {
    CurrentUser me = users.current().orElseThrow();
    sessions.endAll(me.email(), session.getId());
    return "redirect:/staff?partout";
  }
}
