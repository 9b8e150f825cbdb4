package ca.repere.accounts.web;

import ca.repere.accounts.account.AccountException;
import ca.repere.accounts.mail.PasswordResets;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** "Forgot your password?" and the page the e-mailed link opens. */
@Controller
class PasswordResetController {

  private final PasswordResets resets;
  private final String publicUrl;

  PasswordResetController(PasswordResets resets, @Value("${repere.public-url:}") String publicUrl) {
    this.resets = resets;
    this.publicUrl = publicUrl;
  }

  @GetMapping("/connexion/oubli")
  String forgot() {
    return "accounts/forgot";
  }

  @PostMapping("/connexion/oubli")
  String sendLink(@RequestParam String email) {
    resets.request(email, baseUrl());
    return "redirect:/connexion/oubli?envoye";
  }

  @GetMapping("/connexion/nouveau-mot-de-passe")
  String newPassword(@RequestParam(name = "jeton", required = false) String token, Model model) {
    if (!resets.isValid(token)) {
      return "redirect:/connexion/oubli?invalide";
    }
    return form(token, model);
  }

  @PostMapping("/connexion/nouveau-mot-de-passe")
  String choose(
      @RequestParam String token,
      @RequestParam String password,
      @RequestParam String confirmation,
      Model model) {
    try {
      if (!password.equals(confirmation)) {
        throw new AccountException("accounts.password.mismatch");
      }
      resets.choosePassword(token, password);
      return "redirect:/connexion?reinitialise";
    } catch (AccountException e) {
      if (!resets.isValid(token)) {
        return "redirect:/connexion/oubli?invalide";
      }
      model.addAttribute("problem", e);
      return form(token, model);
    }
  }

  private static String form(String token, Model model) {
    model.addAttribute("token", token);
    model.addAttribute("action", "/connexion/nouveau-mot-de-passe");
    return "accounts/new-password";
  }

  /** Links in e-mails use repere.public-url when set (behind a proxy), else this request's. */
  private String baseUrl() {
    return publicUrl.isBlank()
        ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
        : publicUrl.replaceAll("/$", "");
  }
}
