package ca.repere.accounts.account;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Long passwords that are not common: at least 12 characters (a passphrase is welcome), at most
 * 128, not in the list of common passwords shipped with Repère, and not the person's own e-mail or
 * name. No rules on character classes: length matters more (NIST SP 800-63B).
 */
@Component
public class PasswordPolicy {

  public static final int MIN_LENGTH = 12;
  public static final int MAX_LENGTH = 128;

  private final Set<String> common = load("/accounts/common-passwords.txt");

  /**
   * @throws AccountException naming the rule the password breaks
   */
  public void check(String password, String email, String displayName) {
    if (password == null || password.codePointCount(0, password.length()) < MIN_LENGTH) {
      throw new AccountException("accounts.password.too-short", MIN_LENGTH);
    }
    if (password.length() > MAX_LENGTH) {
      throw new AccountException("accounts.password.too-long", MAX_LENGTH);
    }
    String normalized = normalize(password);
    if (common.contains(normalized) || password.chars().distinct().count() < 4) {
      throw new AccountException("accounts.password.common");
    }
    if (containsIdentity(normalized, email, displayName)) {
      throw new AccountException("accounts.password.personal");
    }
  }

  private static boolean containsIdentity(String password, String email, String displayName) {
    String local = email == null ? "" : normalize(email.split("@")[0]);
    String name = displayName == null ? "" : normalize(displayName).replace(" ", "");
    return (local.length() >= 4 && password.contains(local))
        || (name.length() >= 4 && password.contains(name));
  }

  private static String normalize(String text) {
    return text.trim().toLowerCase(Locale.ROOT);
  }

  private static Set<String> load(String resource) {
    try (InputStream in = PasswordPolicy.class.getResourceAsStream(resource)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8)
          .lines()
          .map(PasswordPolicy::normalize)
          .filter(line -> !line.isEmpty() && !line.startsWith("#"))
          .collect(Collectors.toUnmodifiableSet());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
