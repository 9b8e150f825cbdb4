package ca.repere.chat.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Partner sites that may show the chat widget in an iframe, added by supervisors at run time to
 * those of {@code repere.chat.frame-ancestors}: origins such as {@code https://www.cisss.example},
 * {@code https://*.example.org} or {@code http://127.0.0.1:*}. Only origins are accepted, so
 * nothing else can slip into the widget's {@code Content-Security-Policy}.
 */
@Component
public class PartnerSites {

  private static final Pattern ORIGIN =
      Pattern.compile("https?://(\\*\\.)?[a-z0-9-]+(\\.[a-z0-9-]+)*(:(\\d{1,5}|\\*))?");

  private final JdbcClient jdbc;

  PartnerSites(JdbcClient jdbc) {
    this.jdbc = jdbc;
  }

  /** The origins supervisors allowed, in the order they wrote them. */
  public List<String> origins() {
    return jdbc.sql("select value from chat.setting where name = 'partner-sites'")
        .query(String.class)
        .optional()
        .map(PartnerSites::parse)
        .orElse(List.of());
  }

  /**
   * Replaces the list (one origin per line or separated by spaces); an entry that is not an origin
   * is refused, naming it, and nothing changes.
   */
  @Transactional
  public void replace(String text) {
    List<String> origins = parse(text);
    jdbc.sql(
            "insert into chat.setting (name, value) values ('partner-sites', :value)"
                + " on conflict (name) do update set value = excluded.value")
        .param("value", String.join("\n", origins))
        .update();
  }

  static List<String> parse(String text) {
    List<String> origins = new ArrayList<>();
    for (String entry : text.trim().split("[\\s,]+")) {
      if (entry.isEmpty()) {
        continue;
      }
      String origin = entry.toLowerCase(Locale.ROOT).replaceAll("/+$", "");
      if (!ORIGIN.matcher(origin).matches()) {
        throw new ChatRejected(400, "chat.error.partner-site", entry);
      }
      if (!origins.contains(origin)) {
        origins.add(origin);
      }
    }
    return origins;
  }
}
