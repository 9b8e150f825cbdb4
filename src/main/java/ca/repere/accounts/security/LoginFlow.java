package ca.repere.accounts.security;

import ca.repere.accounts.AuditLog;
import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.account.UserAccount;
import ca.repere.accounts.account.UserAccounts;
import ca.repere.accounts.secondfactor.SecondFactor;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.security.web.savedrequest.HttpSessionRequestCache;
import org.springframework.security.web.savedrequest.RequestCache;
import org.springframework.security.web.savedrequest.SavedRequest;
import org.springframework.stereotype.Component;

/**
 * The steps of a login after the password: enrol or prove the second factor when a role requires
 * it, then choose a new password when the current one was a one-time password. Only then are the
 * roles granted, and the session id changes again.
 */
@Component
@org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication
public class LoginFlow implements AuthenticationSuccessHandler {

  /** Where a login stands. */
  public enum Step {
    ENROL_SECOND_FACTOR("/connexion/activer-2fa"),
    SECOND_FACTOR("/connexion/code"),
    CHANGE_PASSWORD("/connexion/mot-de-passe"),
    DONE("/staff");

    private final String path;

    Step(String path) {
      this.path = path;
    }

    public String path() {
      return path;
    }
  }

  private static final String PROVEN = LoginFlow.class.getName() + ".secondFactorProven";

  private final UserAccounts users;
  private final SecondFactor secondFactor;
  private final SecurityContextRepository contexts;
  private final AuditLog audit;
  private final PasswordLogin passwordLogin;
  private final RequestCache requestCache = new HttpSessionRequestCache();

  LoginFlow(
      UserAccounts users,
      SecondFactor secondFactor,
      SecurityContextRepository contexts,
      AuditLog audit,
      PasswordLogin passwordLogin) {
    this.users = users;
    this.secondFactor = secondFactor;
    this.contexts = contexts;
    this.audit = audit;
    this.passwordLogin = passwordLogin;
  }

  /** The person whose login is in progress (password checked, roles not yet granted). */
  public Optional<CurrentUser> inProgress() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    boolean pending =
        authentication != null
            && authentication.getPrincipal() instanceof CurrentUser
            && authentication.getAuthorities().stream()
                .anyMatch(a -> PasswordLogin.LOGIN_IN_PROGRESS.equals(a.getAuthority()));
    return pending ? Optional.of((CurrentUser) authentication.getPrincipal()) : Optional.empty();
  }

  public Step next(CurrentUser user, HttpSession session) {
    UserAccount account = users.byId(user.id()).orElseThrow();
    boolean proven = Boolean.TRUE.equals(session.getAttribute(PROVEN));
    if (account.requiresSecondFactor() && !proven) {
      return secondFactor.isEnrolled(user.id()) ? Step.SECOND_FACTOR : Step.ENROL_SECOND_FACTOR;
    }
    return account.passwordExpired() ? Step.CHANGE_PASSWORD : Step.DONE;
  }

  /** After the password: on to the next step. */
  @Override
  public void onAuthenticationSuccess(
      HttpServletRequest request, HttpServletResponse response, Authentication authentication)
      throws IOException {
    advance(request, response);
  }

  /** Records a proven second factor, or counts a wrong code towards the lockout. */
  public boolean proveSecondFactor(CurrentUser user, String code, HttpSession session) {
    if (secondFactor.verify(user.id(), code)) {
      session.setAttribute(PROVEN, true);
      return true;
    }
    users.byId(user.id()).ifPresent(passwordLogin::countFailure);
    return false;
  }

  public void secondFactorEnrolled(HttpSession session) {
    session.setAttribute(PROVEN, true);
  }

  /** Redirects to the next step, or completes the login and returns where the person was going. */
  public void advance(HttpServletRequest request, HttpServletResponse response) throws IOException {
    CurrentUser user = inProgress().orElse(null);
    if (user == null) {
      response.sendRedirect(request.getContextPath() + "/connexion");
      return;
    }
    Step step = next(user, request.getSession());
    if (step != Step.DONE) {
      response.sendRedirect(request.getContextPath() + step.path());
      return;
    }
    complete(user, request, response);
  }

  private void complete(CurrentUser user, HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    UserAccount account = users.byId(user.id()).orElseThrow();
    CurrentUser fresh = account.asCurrentUser();
    List<GrantedAuthority> authorities =
        fresh.roles().stream()
            .map(Role::authority)
            .<GrantedAuthority>map(SimpleGrantedAuthority::new)
            .toList();
    SecurityContext context = SecurityContextHolder.createEmptyContext();
    context.setAuthentication(
        UsernamePasswordAuthenticationToken.authenticated(fresh, null, authorities));
    SecurityContextHolder.setContext(context);
    request.changeSessionId();
    contexts.saveContext(context, request, response);
    users.recordSuccess(user.id());
    audit.record(user.email(), "login", user.email(), null);
    SavedRequest saved = requestCache.getRequest(request, response);
    requestCache.removeRequest(request, response);
    response.sendRedirect(
        saved != null ? saved.getRedirectUrl() : request.getContextPath() + Step.DONE.path());
  }
}
