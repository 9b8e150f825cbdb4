package ca.repere.platform;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Values every page's layout shows, taken from configuration. */
@ControllerAdvice
class LayoutAttributes {

  private final String quickExitUrl;

  LayoutAttributes(
      @Value("${repere.quick-exit-url:https://www.meteomedia.com}") String quickExitUrl) {
    this.quickExitUrl = quickExitUrl;
  }

  @ModelAttribute("quickExitUrl")
  String quickExitUrl() {
    return quickExitUrl;
  }
}
