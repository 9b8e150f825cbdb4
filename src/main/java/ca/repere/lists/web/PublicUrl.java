package ca.repere.lists.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The site's base URL for links that leave the page (QR codes, e-mails, widget snippets). */
@Component
class PublicUrl {

  private final String configured;

  PublicUrl(@Value("${repere.public-url:}") String configured) {
    this.configured = configured.replaceAll("/$", "");
  }

  /** {@code repere.public-url} when set (behind a proxy), else the current request's. */
  String base() {
    return configured.isBlank()
        ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
        : configured;
  }

  String of(String path) {
    return base() + path;
  }
}
