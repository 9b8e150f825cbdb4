package ca.repere.lists;

import ca.repere.accounts.Mailer;
import ca.repere.lists.notice.ChangeNotices;
import ca.repere.shared.Lang;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * E-mail subscriptions to a shared list, with double opt-in: {@link #subscribe} only mails a
 * confirmation link; once {@link #confirm confirmed}, the subscriber gets a notice when a service
 * of the list changes or is withdrawn ({@link ChangeNotices}). Every mail carries an unsubscribe
 * link. The answer to a request never says whether the address was already subscribed.
 */
@Service
public class ListSubscriptions {

  private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");
  private static final SecureRandom RANDOM = new SecureRandom();

  private final JdbcClient jdbc;
  private final Mailer mailer;
  private final ResourceLists lists;
  private final ChangeNotices notices;

  ListSubscriptions(JdbcClient jdbc, Mailer mailer, ResourceLists lists, ChangeNotices notices) {
    this.jdbc = jdbc;
    this.mailer = mailer;
    this.lists = lists;
    this.notices = notices;
  }

  public static boolean isEmailAddress(String value) {
    return value != null && value.length() <= 254 && EMAIL.matcher(value.strip()).matches();
  }

  /**
   * Mails {@code email} a link to confirm; a confirmed subscriber gets nothing new.
   *
   * @throws IllegalArgumentException when {@code email} is not an e-mail address
   */
  @Transactional
  public void subscribe(ResourceList list, String email, Lang lang, String baseUrl) {
    if (!isEmailAddress(email)) {
      throw new IllegalArgumentException("Not an e-mail address");
    }
    String address = email.strip().toLowerCase();
    String confirm = newToken();
    String unsubscribe = newToken();
    int pending =
        jdbc.sql(
                "INSERT INTO lists.subscription (id, list_id, email, lang, base_url,"
                    + " confirm_token_hash, unsubscribe_token) VALUES (?, ?, ?, ?, ?, ?, ?)"
                    + " ON CONFLICT (list_id, email) DO UPDATE SET lang = EXCLUDED.lang,"
                    + " base_url = EXCLUDED.base_url, confirm_token_hash ="
                    + " EXCLUDED.confirm_token_hash, unsubscribe_token = EXCLUDED.unsubscribe_token,"
                    + " created_at = now() WHERE lists.subscription.confirmed_at IS NULL")
            .params(
                UUID.randomUUID(),
                list.id(),
                address,
                lang.code(),
                baseUrl,
                hash(confirm),
                unsubscribe)
            .update();
    if (pending == 1) {
      mailer.send(
          address,
          lang,
          "lists/confirm-subscription",
          Map.of(
              "list", list.title().in(lang),
              "confirm", baseUrl + "/listes/abonnement?jeton=" + confirm,
              "unsubscribe", baseUrl + "/listes/desabonnement?jeton=" + unsubscribe));
    }
  }

  /** Confirms the subscription of {@code token}; returns its list, or empty for a bad token. */
  @Transactional
  public Optional<ResourceList> confirm(String token) {
    Optional<UUID> listId =
        jdbc.sql(
                "UPDATE lists.subscription SET confirmed_at = now()"
                    + " WHERE confirm_token_hash = ? AND confirmed_at IS NULL RETURNING list_id")
            .param(hash(token == null ? "" : token))
            .query(UUID.class)
            .optional();
    Optional<ResourceList> list = listId.flatMap(lists::find);
    list.ifPresent(notices::watch);
    return list;
  }

  /** Ends the subscription of {@code token}; false when there is none. */
  @Transactional
  public boolean unsubscribe(String token) {
    return jdbc.sql("DELETE FROM lists.subscription WHERE unsubscribe_token = ?")
            .param(token == null ? "" : token)
            .update()
        == 1;
  }

  public boolean isPendingOrConfirmed(String unsubscribeToken) {
    return jdbc.sql("SELECT count(*) FROM lists.subscription WHERE unsubscribe_token = ?")
            .param(unsubscribeToken == null ? "" : unsubscribeToken)
            .query(Long.class)
            .single()
        == 1;
  }

  private static String newToken() {
    byte[] bytes = new byte[24];
    RANDOM.nextBytes(bytes);
    return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
  }

  private static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
