package ca.repere.accounts.web;

import ca.repere.accounts.CurrentUser;
import ca.repere.accounts.Users;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Every page's header shows the signed-in staff member, with a sign-out button. */
@ControllerAdvice
class SignedInUser {

  private final Users users;

  SignedInUser(Users users) {
    this.users = users;
  }

  @ModelAttribute("signedIn")
  CurrentUser signedIn() {
    return users.current().orElse(null);
  }
}
