package ca.repere.accounts.account;

import ca.repere.accounts.Role;
import ca.repere.shared.Lang;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code java -jar repere.jar user create|list|disable|enable|reset-password|set-roles}: staff
 * accounts from the command line, first of all the first administrator. Passwords it prints are
 * one-time passwords, changed by their owner at the first sign-in.
 */
@Component
@Command(
    name = "user",
    description = "Manage staff accounts (create the first administrator, list, disable, roles).",
    mixinStandardHelpOptions = true,
    subcommandsRepeatable = false)
public class UserTask implements Callable<Integer> {

  private final Accounts accounts;
  private final MessageSource messages;
  @Spec CommandSpec spec;

  UserTask(Accounts accounts, MessageSource messages) {
    this.accounts = accounts;
    this.messages = messages;
  }

  @Override
  public Integer call() {
    spec.commandLine().usage(out());
    return 2;
  }

  @Command(name = "create", description = "Create an account; prints its one-time password.")
  int create(
      @Option(names = "--email", required = true, description = "E-mail, used to sign in")
          String email,
      @Option(names = "--name", required = true, description = "Display name") String name,
      @Option(names = "--admin", description = "Give the administrator role") boolean admin,
      @Option(
              names = "--role",
              split = ",",
              description = "Roles: ${COMPLETION-CANDIDATES}",
              paramLabel = "ROLE")
          List<String> roles,
      @Option(names = "--territory", split = ",", description = "Region, MRC or municipality codes")
          List<String> territory,
      @Option(names = "--lang", defaultValue = "fr", description = "fr or en (e-mails)")
          String lang) {
    return run(
        () -> {
          Set<Role> granted = parseRoles(roles);
          if (admin) {
            granted.add(Role.ADMINISTRATOR);
          }
          Accounts.Created created =
              accounts.create(email, name, granted, orEmpty(territory), Lang.parseStrict(lang));
          out()
              .printf(
                  "Created %s <%s> with roles %s.%nOne-time password (shown once; to be changed at the"
                      + " first sign-in): %s%n",
                  created.account().displayName(),
                  created.account().email(),
                  created.account().roles(),
                  created.oneTimePassword());
        });
  }

  @Command(name = "list", description = "List the accounts.")
  int list() {
    return run(
        () -> {
          List<UserAccount> all = accounts.all();
          for (UserAccount account : all) {
            out()
                .printf(
                    "%-36s %-30s %-9s %s %s%n",
                    account.email(),
                    account.displayName(),
                    account.enabled() ? "enabled" : "disabled",
                    account.roles(),
                    account.territory().isEmpty() ? "" : "territory=" + account.territory());
          }
          out().printf("%d account(s)%n", all.size());
        });
  }

  @Command(name = "disable", description = "Disable an account and end its sessions.")
  int disable(@Parameters(paramLabel = "EMAIL") String email) {
    return run(
        () -> {
          accounts.disable(accounts.existing(email).id());
          out().printf("Disabled %s.%n", email);
        });
  }

  @Command(name = "enable", description = "Enable a disabled account again.")
  int enable(@Parameters(paramLabel = "EMAIL") String email) {
    return run(
        () -> {
          accounts.enable(accounts.existing(email).id());
          out().printf("Enabled %s.%n", email);
        });
  }

  @Command(name = "reset-password", description = "Give a new one-time password; prints it.")
  int resetPassword(@Parameters(paramLabel = "EMAIL") String email) {
    return run(
        () -> {
          String oneTime = accounts.resetPassword(accounts.existing(email).id());
          out()
              .printf(
                  "New one-time password for %s (shown once; to be changed at the next sign-in): %s%n",
                  email, oneTime);
        });
  }

  @Command(name = "set-roles", description = "Replace the roles (and territory) of an account.")
  int setRoles(
      @Parameters(paramLabel = "EMAIL") String email,
      @Option(names = "--role", split = ",", required = true, paramLabel = "ROLE")
          List<String> roles,
      @Option(names = "--territory", split = ",") List<String> territory) {
    return run(
        () -> {
          Set<Role> granted = parseRoles(roles);
          accounts.setRoles(accounts.existing(email).id(), granted, orEmpty(territory));
          out().printf("Roles of %s: %s%n", email, granted);
        });
  }

  private int run(Runnable action) {
    try {
      action.run();
      out().flush();
      return 0;
    } catch (AccountException e) {
      err().println("Error: " + messages.getMessage(e.messageKey(), e.arguments(), locale()));
      err().flush();
      return 1;
    } catch (IllegalArgumentException e) {
      err().println("Error: " + e.getMessage());
      err().flush();
      return 1;
    }
  }

  private static Set<Role> parseRoles(List<String> names) {
    Set<Role> roles = EnumSet.noneOf(Role.class);
    for (String name : orEmpty(names)) {
      Role role = Role.parse(name);
      if (role == null) {
        throw new AccountException("accounts.error.role-unknown", name);
      }
      roles.add(role);
    }
    return roles;
  }

  private static List<String> orEmpty(List<String> values) {
    return values == null
        ? List.of()
        : new ArrayList<>(values.stream().map(String::trim).filter(v -> !v.isEmpty()).toList());
  }

  /** The operator's language from LANG (fr_CA.UTF-8 → French), English otherwise. */
  private static Locale locale() {
    String lang = System.getenv("LANG");
    return lang != null && lang.startsWith("fr") ? Lang.FR.locale() : Lang.EN.locale();
  }

  private PrintWriter out() {
    return spec.commandLine().getOut();
  }

  private PrintWriter err() {
    return spec.commandLine().getErr();
  }
}
