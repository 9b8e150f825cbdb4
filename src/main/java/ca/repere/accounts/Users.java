package ca.repere.accounts;

import java.util.Optional;

/** Who is making the current request. */
public interface Users {

  /** The signed-in staff member (second factor proven when required), if any. */
  Optional<CurrentUser> current();

  /**
   * The signed-in staff member holding {@code role}.
   *
   * @throws org.springframework.security.access.AccessDeniedException otherwise
   */
  CurrentUser require(Role role);
}
