package ca.repere.curation.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The site's address for links in e-mails: {@code repere.public-url}, else this request's. */
@Component
class Links {

  private final String configured;

  Links(@Value("${repere.public-url:}") String configured) {
    this.configured = configured;
  }

  String base() {
    return configured.isBlank()
        ? ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString()
        : configured.replaceAll("/+$", "");
  }
}
