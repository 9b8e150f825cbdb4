package ca.repere.curation.web;

import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/** The site's address as the current request reached it, for links in e-mails. */
final class Links {

  private Links() {}

  static String base() {
    return ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
  }
}
