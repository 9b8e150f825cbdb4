package ca.repere.accounts.security;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The Content-Security-Policy of every response: scripts, styles and fonts only from this site (no
 * inline script or style), map tiles also from the host of {@code repere.map.tile-url}, and framing
 * only by the hosts of {@code repere.security.frame-ancestors} (partner sites embedding the chat).
 */
@Component
class ContentSecurityPolicy {

  private static final Pattern ORIGIN = Pattern.compile("^(https?://[^/{}]+)");

  private final String policy;

  ContentSecurityPolicy(
      @Value("${repere.map.tile-url:https://tile.openstreetmap.org/{z}/{x}/{y}.png}")
          String tileUrl,
      @Value("${repere.security.frame-ancestors:'self'}") String frameAncestors) {
    this.policy =
        String.join(
            "; ",
            "default-src 'self'",
            "script-src 'self'",
            "style-src 'self'",
            "img-src 'self' " + origin(tileUrl),
            "font-src 'self'",
            "connect-src 'self'",
            "object-src 'none'",
            "base-uri 'self'",
            "form-action 'self'",
            "frame-ancestors " + frameAncestors);
  }

  String policy() {
    return policy;
  }

  /** "https://tile.openstreetmap.org" from a tile URL template; nothing when it is not absolute. */
  static String origin(String tileUrl) {
    Matcher matcher = ORIGIN.matcher(tileUrl.trim().replace("{s}.", "*."));
    return matcher.find() ? matcher.group(1) : "";
  }
}
