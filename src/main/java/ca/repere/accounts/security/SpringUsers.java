package ca.repere.accounts.security;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Role;
import ca.repere.accounts.Users;
import java.util.Optional;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;

/** The signed-in user from Spring Security's context, once the login is complete. */
@Component
class SpringUsers implements Users {

  @Override
  public Optional<CurrentUser> current() {
    Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof CurrentUser user)) {
      return Optional.empty();
    }
    boolean complete =
        authentication.getAuthorities().stream()
            .noneMatch(a -> PasswordLogin.LOGIN_IN_PROGRESS.equals(a.getAuthority()));
    return complete ? Optional.of(user) : Optional.empty();
  }

  @Override
  public CurrentUser require(Role role) {
    return current()
        .filter(user -> user.has(role))
        .orElseThrow(() -> new AccessDeniedException("Requires the role " + role));
  }
}
