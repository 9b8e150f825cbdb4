package ca.repere.accounts.web;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import ca.repere.accounts.account.AccountException;
import ca.repere.accounts.account.Accounts;
import ca.repere.accounts.account.UserAccount;
import ca.repere.accounts.mail.PasswordResets;
import ca.repere.accounts.secondfactor.SecondFactor;
import ca.repere.shared.Lang;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Administrators list, create and disable staff accounts and set their roles and territory. */
@Controller
class UserAdministrationController {

  private static final String LIST = "redirect:/admin/utilisateurs";

  private final Accounts accounts;
  private final SecondFactor secondFactor;
  private final Users users;
  private final AuditLog audit;
  private final PasswordResets resets;
  private final String publicUrl;

  UserAdministrationController(
      Accounts accounts,
      SecondFactor secondFactor,
      Users users,
      AuditLog audit,
      PasswordResets resets,
      @org.springframework.beans.factory.annotation.Value("${repere.public-url:}")
          String publicUrl) {
    this.accounts = accounts;
    this.secondFactor = secondFactor;
    this.users = users;
    this.audit = audit;
    this.resets = resets;
    this.publicUrl = publicUrl;
  }

  /** Links in e-mails use repere.public-url when set (behind a proxy), else this request's. */
  private String baseUrl() {
    return publicUrl.isBlank()
        ? org.springframework.web.servlet.support.ServletUriComponentsBuilder
            .fromCurrentContextPath()
            .build()
            .toUriString()
        : publicUrl.replaceAll("/$", "");
  }

  @GetMapping("/admin/utilisateurs")
  String list(Model model) {
    model.addAttribute("accounts", accounts.all());
    model.addAttribute("roles", Role.values());
    model.addAttribute("now", java.time.Instant.now());
    return "accounts/admin-users";
  }

  @PostMapping("/admin/utilisateurs")
  String create(
      @RequestParam String email,
      @RequestParam String name,
      @RequestParam(name = "role", required = false) List<String> roles,
      @RequestParam(defaultValue = "") String territory,
      @RequestParam(defaultValue = "fr") String lang,
      @RequestParam(defaultValue = "false") boolean invite,
      Model model,
      RedirectAttributes redirect) {
    try {
      Accounts.Created created =
          accounts.create(email, name, roles(roles), codes(territory), Lang.parse(lang));
      if (invite) {
        String invitedBy = users.current().map(me -> me.displayName()).orElse("Repère 211");
        resets.invite(created.account(), baseUrl(), invitedBy);
        redirect.addFlashAttribute("invitedEmail", created.account().email());
        return LIST;
      }
      redirect.addFlashAttribute("createdEmail", created.account().email());
      redirect.addFlashAttribute("oneTimePassword", created.oneTimePassword());
      return LIST;
    } catch (AccountException e) {
      model.addAttribute("problem", e);
      model.addAttribute("form", new Form(email, name, knownRoles(roles), territory, lang));
      return list(model);
    }
  }

  @GetMapping("/admin/utilisateurs/{id}")
  String edit(@PathVariable UUID id, Model model) {
    UserAccount account =
        accounts.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
    model.addAttribute("account", account);
    model.addAttribute("roles", Role.values());
    model.addAttribute("enrolled", secondFactor.isEnrolled(id));
    return "accounts/admin-user";
  }

  @PostMapping("/admin/utilisateurs/{id}/roles")
  String setRoles(
      @PathVariable UUID id,
      @RequestParam(name = "role", required = false) List<String> roles,
      @RequestParam(defaultValue = "") String territory,
      Model model,
      RedirectAttributes redirect) {
    try {
      accounts.setRoles(id, roles(roles), codes(territory));
      redirect.addFlashAttribute("saved", accounts.existing(id).email());
      return "redirect:/admin/utilisateurs/" + id;
    } catch (AccountException e) {
      model.addAttribute("problem", e);
      return edit(id, model);
    }
  }

  @PostMapping("/admin/utilisateurs/{id}/desactiver")
  String disable(@PathVariable UUID id, Model model, RedirectAttributes redirect) {
    if (users.current().map(me -> me.id().equals(id)).orElse(false)) {
      model.addAttribute("problem", new AccountException("accounts.error.self-disable"));
      return edit(id, model);
    }
    accounts.disable(id);
    redirect.addFlashAttribute("saved", accounts.existing(id).email());
    return "redirect:/admin/utilisateurs/" + id;
  }

  @PostMapping("/admin/utilisateurs/{id}/reactiver")
  String enable(@PathVariable UUID id, RedirectAttributes redirect) {
    accounts.enable(id);
    redirect.addFlashAttribute("saved", accounts.existing(id).email());
    return "redirect:/admin/utilisateurs/" + id;
  }

  @PostMapping("/admin/utilisateurs/{id}/mot-de-passe")
  String resetPassword(@PathVariable UUID id, RedirectAttributes redirect) {
    String oneTime = accounts.resetPassword(id);
    redirect.addFlashAttribute("resetEmail", accounts.existing(id).email());
    redirect.addFlashAttribute("oneTimePassword", oneTime);
    return "redirect:/admin/utilisateurs/" + id;
  }

  @PostMapping("/admin/utilisateurs/{id}/2fa")
  String resetSecondFactor(@PathVariable UUID id, RedirectAttributes redirect) {
    UserAccount account = accounts.existing(id);
    secondFactor.reset(id, account.email());
    redirect.addFlashAttribute("saved", account.email());
    return "redirect:/admin/utilisateurs/" + id;
  }

  /** An action on an account that does not exist (a stale link, a forged id): 404, not 500. */
  @ExceptionHandler(AccountException.class)
  void unknownAccount(AccountException e, HttpServletResponse response) throws IOException {
    if (!"accounts.error.no-such-user".equals(e.messageKey())) {
      throw e;
    }
    response.sendError(HttpStatus.NOT_FOUND.value());
  }

  @GetMapping("/admin/audit")
  String audit(@RequestParam(name = "filtre", defaultValue = "") String filter, Model model) {
    model.addAttribute("filter", filter);
    model.addAttribute("entries", audit.latest(filter, 200));
    return "accounts/admin-audit";
  }

  private static Set<Role> roles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names == null ? List.<String>of() : names) {
      Role role = Role.parse(name);
      if (role == null) {
        throw new AccountException("accounts.error.role-unknown", name);
      }
      roles.add(role);
    }
    return roles;
  }

  /** The roles among {@code names} that exist, to show a refused form again without failing. */
  private static Set<Role> knownRoles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : names == null ? List.<String>of() : names) {
      Role role = Role.parse(name);
      if (role != null) {
        roles.add(role);
      }
    }
    return roles;
  }

  private static List<String> codes(String territory) {
    return Arrays.stream(territory.split("[,\\s]+"))
        .map(String::trim)
        .filter(code -> !code.isEmpty())
        .toList();
  }

  /** What the administrator typed, shown again when it was refused. */
  record Form(String email, String name, Set<Role> roles, String territory, String lang) {}
}
