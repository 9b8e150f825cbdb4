package ca.repere.platform;

import java.beans.PropertyEditorSupport;
import java.util.Iterator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.server.ResponseStatusException;

/**
 * A form field with an impossible list index ({@code needs[-1]}, {@code needs[99999]}) is the
 * client's mistake: it gets a 400 before data binding, which would otherwise fail with an exception
 * (a 500). Spring grows a bound list up to 256 elements.
 */
@ControllerAdvice
class FormIndexLimits {

  static final int MAX_INDEX = 255;
  private static final Pattern INDEX = Pattern.compile("\\[([^]]*)]");

  @InitBinder
  void removeNulCharacters(WebDataBinder binder) {
    binder.registerCustomEditor(
        String.class,
        new PropertyEditorSupport() {
          @Override
          public void setAsText(String text) {
            setValue(text == null ? null : text.replace("\u0000", ""));
          }
        });
  }

  /**
   * Only for a form bound to an object: a binder is also made for every single request parameter
   * (fourteen per search), where indexes mean nothing, and reading every parameter name again for
   * each through the request firewall cost the search API a tenth of its time.
   */
  @InitBinder
  void rejectImpossibleIndexes(WebDataBinder binder, WebRequest request) {
    if (binder.getTarget() == null && binder.getTargetType() == null) {
      return; // a single value (@RequestParam, @PathVariable), not a form object
    }
    for (Iterator<String> names = request.getParameterNames(); names.hasNext(); ) {
      String name = names.next();
      if (name.indexOf('[') < 0) {
        continue;
      }
      Matcher index = INDEX.matcher(name);
      while (index.find()) {
        if (isDigits(index.group(1)) && !isPossible(index.group(1))) {
          throw new ResponseStatusException(
              HttpStatus.BAD_REQUEST, "List index out of range in field " + name);
        }
        if (index.group(1).startsWith("-")) {
          throw new ResponseStatusException(
              HttpStatus.BAD_REQUEST, "Negative list index in field " + name);
        }
      }
    }
  }

  private static boolean isDigits(String text) {
    return !text.isEmpty() && text.chars().allMatch(Character::isDigit);
  }

  private static boolean isPossible(String digits) {
    return digits.length() <= 3 && Integer.parseInt(digits) <= MAX_INDEX;
  }
}
