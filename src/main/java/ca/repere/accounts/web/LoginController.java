package ca.repere.accounts.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.account.AccountException;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.secondfactor.QrCode;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.accounts.security.LoginFlow;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The login page and the steps after the password: second-factor enrolment or code, and the choice
 * of a new password after a one-time password.
 */
@Controller
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
class LoginController {

  private static final String PENDING_SECRET = LoginController.class.getName() + ".secret";

  private final LoginFlow flow;
  private final SecondFactor secondFactor;
  private final Accounts accounts;

  LoginController(LoginFlow flow, SecondFactor secondFactor, Accounts accounts) {
    this.flow = flow;
    this.secondFactor = secondFactor;
    this.accounts = accounts;
  }

  @GetMapping("/connexion")
  String login() {
    return "accounts/login";
  }

  @GetMapping("/connexion/code")
  String code(HttpSession session) {
    return at(LoginFlow.Step.SECOND_FACTOR, session)
        .map(u -> "accounts/code")
        .orElse("redirect:/connexion");
  }

  @PostMapping("/connexion/code")
  void checkCode(
      @RequestParam String code, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Optional<CurrentUser> user = at(LoginFlow.Step.SECOND_FACTOR, request.getSession());
    if (user.isPresent() && !flow.proveSecondFactor(user.get(), code, request.getSession())) {
      response.sendRedirect(request.getContextPath() + "/connexion/code?erreur");
      return;
    }
    flow.advance(request, response);
  }

  @GetMapping("/connexion/activer-2fa")
  String enrol(HttpSession session, Model model) {
    Optional<CurrentUser> user = at(LoginFlow.Step.ENROL_SECOND_FACTOR, session);
    if (user.isEmpty()) {
      return "redirect:/connexion";
    }
    SecondFactor.Enrolment enrolment = secondFactor.start(user.get().id(), user.get().email());
    session.setAttribute(PENDING_SECRET, enrolment.secret());
    model.addAttribute("secret", grouped(enrolment.secret()));
    model.addAttribute("qr", QrCode.of(enrolment.uri()));
    return "accounts/enrol";
  }

  @PostMapping("/connexion/activer-2fa")
  String confirmEnrolment(@RequestParam String code, HttpSession session, Model model) {
    Optional<CurrentUser> user = at(LoginFlow.Step.ENROL_SECOND_FACTOR, session);
    if (user.isEmpty()) {
      return "redirect:/connexion";
    }
    List<String> recoveryCodes = secondFactor.confirm(user.get().id(), user.get().email(), code);
    if (recoveryCodes.isEmpty()) {
      return "redirect:/connexion/activer-2fa?erreur";
    }
    session.removeAttribute(PENDING_SECRET);
    flow.secondFactorEnrolled(session);
    model.addAttribute("recoveryCodes", recoveryCodes);
    return "accounts/recovery-codes";
  }

  @PostMapping("/connexion/continuer")
  void proceed(HttpServletRequest request, HttpServletResponse response) throws IOException {
    flow.advance(request, response);
  }

  @GetMapping("/connexion/mot-de-passe")
  String newPassword(HttpSession session) {
    return at(LoginFlow.Step.CHANGE_PASSWORD, session)
        .map(u -> "accounts/new-password")
        .orElse("redirect:/connexion");
  }

  @PostMapping("/connexion/mot-de-passe")
  String chooseNewPassword(
      @RequestParam String password,
      @RequestParam String confirmation,
      HttpServletRequest request,
      HttpServletResponse response,
      Model model)
      throws IOException {
    Optional<CurrentUser> user = at(LoginFlow.Step.CHANGE_PASSWORD, request.getSession());
    if (user.isEmpty()) {
      return "redirect:/connexion";
    }
    try {
      if (!password.equals(confirmation)) {
        throw new AccountException("accounts.password.mismatch");
      }
      accounts.choosePassword(user.get().id(), password);
    } catch (AccountException e) {
      model.addAttribute("problem", e);
      return "accounts/new-password";
    }
    flow.advance(request, response);
    return null;
  }

  private Optional<CurrentUser> at(LoginFlow.Step step, HttpSession session) {
    return flow.inProgress().filter(user -> flow.next(user, session) == step);
  }

  /** "ABCD EFGH …": easier to type into an app by hand. */
  private static String grouped(String secret) {
    return secret.replaceAll("(.{4})(?!$)", "$1 ");
  }
}
