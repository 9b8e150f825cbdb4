package ca.repere.accounts.web;

import java.time.Duration;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public privacy page (Law 25): who is in charge of personal information and how to reach them,
 * what is collected and why, how long it is kept, and people's rights.
 */
@Controller
class PrivacyController {

  private final PrivacyOfficer officer;
  private final long ipDays;
  private final long disabledAccountDays;

  PrivacyController(
      @Value("${repere.privacy.officer.name:}") String name,
      @Value("${repere.privacy.officer.title:}") String title,
      @Value("${repere.privacy.officer.email:confidentialite@211.example}") String email,
      @Value("${repere.privacy.officer.address:}") String address,
      @Value("${repere.retention.ip-addresses:30d}") Duration ip,
      @Value("${repere.retention.disabled-accounts:365d}") Duration disabledAccounts) {
    this.officer = new PrivacyOfficer(name, title, email, address);
    this.ipDays = ip.toDays();
    this.disabledAccountDays = disabledAccounts.toDays();
  }

  @GetMapping("/confidentialite")
  String privacy(Model model) {
    model.addAttribute("officer", officer);
    model.addAttribute("ipDays", ipDays);
    model.addAttribute("disabledAccountDays", disabledAccountDays);
    return "accounts/privacy";
  }

  /**
   * Set by {@code repere.privacy.officer.*}; Law 25 requires the title and contact to be public.
   */
  record PrivacyOfficer(String name, String title, String email, String address) {}
}
